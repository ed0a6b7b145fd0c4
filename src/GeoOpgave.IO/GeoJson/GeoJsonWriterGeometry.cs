using System.Text.Json;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// Writes geometries as GeoJSON geometry objects in the options' target CRS and axis order (RFC 7946: WGS84 lon/lat,
/// 7 decimals).
/// </summary>
internal sealed class GeoJsonWriterGeometry
{
    private readonly GeometryTransformer? _transformer;
    private readonly int _decimals;
    private readonly bool _swapAxes;

    private GeoJsonWriterGeometry(GeometryTransformer? transformer, GeoJsonWriteOptions options)
    {
        _transformer = transformer;
        _decimals = options.Decimals;
        _swapAxes = options.LatitudeFirst && !options.IsProjected;
    }

    /// <summary>The RFC 7946 writer for geometries in <paramref name="srid"/>.</summary>
    /// <exception cref="ArgumentException">An SRID GeoOpgave cannot transform.</exception>
    public static GeoJsonWriterGeometry For(int srid) => For(srid, GeoJsonWriteOptions.Default);

    /// <summary>The writer for geometries in <paramref name="srid"/> to the options' target CRS.</summary>
    /// <exception cref="ArgumentException">An SRID GeoOpgave cannot transform, or an unsupported target.</exception>
    public static GeoJsonWriterGeometry For(int srid, GeoJsonWriteOptions options)
    {
        // ETRS89 shares WGS84's numbers here (see GeoJsonWriteOptions.TargetSrid).
        var source = srid == GeoJsonWriteOptions.Etrs89Srid ? Srid.Wgs84 : srid;
        var target = options.TargetSrid == GeoJsonWriteOptions.Etrs89Srid ? Srid.Wgs84 : options.TargetSrid;
        if (source == target)
        {
            return new(null, options);
        }

        if (source == Srid.RdNew && target == Srid.Wgs84)
        {
            return new(GeometryTransformer.RdNewToWgs84, options);
        }

        if (source == Srid.Wgs84 && target == Srid.RdNew)
        {
            return new(GeometryTransformer.Wgs84ToRdNew, options);
        }

        return new(new GeometryTransformer(Known(source, nameof(srid)), Known(target, nameof(options)), target), options);
    }

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
        var (first, second) = _transformer is null ? (x, y) : _transformer.Transform(x, y);
        if (_swapAxes)
        {
            (first, second) = (second, first);
        }

        json.WriteNumberValue(Math.Round(first, _decimals, MidpointRounding.AwayFromZero));
        json.WriteNumberValue(Math.Round(second, _decimals, MidpointRounding.AwayFromZero));
    }

    private static ProjNet.CoordinateSystems.CoordinateSystem Known(int srid, string parameter) =>
        CoordinateSystems.FromSrid(srid) ?? throw new ArgumentException($"SRID {srid} is not a coordinate system GeoOpgave knows.", parameter);
}
