using System.Text.Json;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.GeoJson;

/// <summary>Writes geometries as RFC 7946 geometry objects in WGS84 lon/lat, 7 decimals.</summary>
internal sealed class GeoJsonWriterGeometry
{
    private const int Decimals = 7;
    private readonly GeometryTransformer? _transformer;

    private GeoJsonWriterGeometry(GeometryTransformer? transformer) => _transformer = transformer;

    /// <summary>The writer for geometries in <paramref name="srid"/>.</summary>
    /// <exception cref="ArgumentException">An SRID GeoOpgave cannot transform.</exception>
    public static GeoJsonWriterGeometry For(int srid) => srid switch
    {
        Srid.Wgs84 => new(null),
        Srid.RdNew => new(GeometryTransformer.RdNewToWgs84),
        _ => new(new GeometryTransformer(
            CoordinateSystems.FromSrid(srid) ?? throw new ArgumentException($"SRID {srid} is not a coordinate system GeoOpgave knows.", nameof(srid)),
            CoordinateSystems.Wgs84,
            Srid.Wgs84)),
    };

    public void Write(Utf8JsonWriter json, Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            json.WriteStartArray("geometries");
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                Write(json, geometry.GetGeometryN(i));
            }
        }
        else
        {
            json.WriteStartArray("coordinates");
            WriteCoordinates(json, geometry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Writes the inside of the "coordinates" array.
    private void WriteCoordinates(Utf8JsonWriter json, Geometry geometry)
    {
        switch (geometry)
        {
            case Point p:
                WriteXy(json, p.X, p.Y);
                break;
            case LineString l:
                WriteSequence(json, l.CoordinateSequence, reverse: false);
                break;
            case Polygon polygon:
                WriteRing(json, polygon.ExteriorRing, counterClockwise: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteRing(json, hole, counterClockwise: false);
                }

                break;
            default:
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    json.WriteStartArray();
                    WriteCoordinates(json, geometry.GetGeometryN(i));
                    json.WriteEndArray();
                }

                break;
        }
    }

    private void WriteRing(Utf8JsonWriter json, LineString ring, bool counterClockwise)
    {
        json.WriteStartArray();
        var isCcw = ring.NumPoints >= 4 && Orientation.IsCCW(ring.CoordinateSequence);
        WriteSequence(json, ring.CoordinateSequence, reverse: isCcw != counterClockwise);
        json.WriteEndArray();
    }

    private void WriteSequence(Utf8JsonWriter json, CoordinateSequence sequence, bool reverse)
    {
        for (var k = 0; k < sequence.Count; k++)
        {
            var i = reverse ? sequence.Count - 1 - k : k;
            json.WriteStartArray();
            WriteXy(json, sequence.GetX(i), sequence.GetY(i));
            json.WriteEndArray();
        }
    }

    private void WriteXy(Utf8JsonWriter json, double x, double y)
    {
        var (lon, lat) = _transformer is null ? (x, y) : _transformer.Transform(x, y);
        json.WriteNumberValue(Math.Round(lon, Decimals, MidpointRounding.AwayFromZero));
        json.WriteNumberValue(Math.Round(lat, Decimals, MidpointRounding.AwayFromZero));
    }
}
