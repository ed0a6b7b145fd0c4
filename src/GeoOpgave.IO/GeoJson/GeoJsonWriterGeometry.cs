using System.Text.Json;
using System.Text.Json.Serialization;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// Writes geometries as GeoJSON geometry objects with NetTopologySuite.IO.GeoJSON4STJ, in the options' target CRS, axis
/// order and precision (RFC 7946: WGS84 lon/lat, 7 decimals, exterior rings counter-clockwise and holes clockwise).
/// </summary>
internal sealed class GeoJsonWriterGeometry
{
    // The library orients the rings of the numbers it writes. In x/y or lon/lat that is RFC 7946: exterior
    // counter-clockwise, holes clockwise. Latitude first mirrors the plane, so the same turn on the map is the opposite
    // turn in the written numbers: exterior clockwise, as the library's v2 option writes it.
    private static readonly JsonSerializerOptions Rfc7946 = Serializer(RingOrientationOption.EnforceRfc9746);
    private static readonly JsonSerializerOptions Mirrored = Serializer(RingOrientationOption.NtsGeoJsonV2);

    private readonly OutputCoordinates _coordinates;
    private readonly JsonSerializerOptions _serializer;
    private readonly JsonConverter<Geometry> _converter;

    private GeoJsonWriterGeometry(GeometryTransformer? transformer, GeoJsonWriteOptions options)
    {
        var swapAxes = options.LatitudeFirst && !options.IsProjected;
        _coordinates = new OutputCoordinates(transformer, options.Decimals, swapAxes);
        _serializer = swapAxes ? Mirrored : Rfc7946;
        _converter = (JsonConverter<Geometry>)_serializer.GetConverter(typeof(Geometry));
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

        return new(
            new GeometryTransformer(Known(source, nameof(srid)), Known(target, nameof(options)), target),
            options
        );
    }

    public void Write(Utf8JsonWriter json, Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            // A feature without a location is "geometry": null (RFC 7946 §3.2); the library would write null
            // coordinates.
            json.WriteNullValue();
            return;
        }

        var output = geometry.Copy();
        output.Apply(_coordinates);
        // The converter itself, not JsonSerializer.Serialize: that flushes the writer after every geometry,
        // synchronously, which an HTTP response refuses and which would undo the writer's batched flushes.
        _converter.Write(json, output, _serializer);
    }

    private static JsonSerializerOptions Serializer(RingOrientationOption rings) =>
        new()
        {
            Converters =
            {
                new GeoJsonConverterFactory(
                    writeGeometryBBox: false,
                    idPropertyName: GeoJsonConverterFactory.DefaultIdPropertyName,
                    ringOrientationOption: rings
                ),
            },
        };

    // Puts every position in the target CRS, axis order and precision. Positions stay two-dimensional, as GeoOpgave
    // publishes them: a height would not be transformed with the rest.
    private sealed class OutputCoordinates(GeometryTransformer? transformer, int decimals, bool swapAxes)
        : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (first, second) = transformer is null
                    ? (seq.GetX(i), seq.GetY(i))
                    : transformer.Transform(seq.GetX(i), seq.GetY(i));
                if (swapAxes)
                {
                    (first, second) = (second, first);
                }

                seq.SetX(i, Math.Round(first, decimals, MidpointRounding.AwayFromZero));
                seq.SetY(i, Math.Round(second, decimals, MidpointRounding.AwayFromZero));
                if (seq.HasZ)
                {
                    seq.SetZ(i, double.NaN);
                }
            }
        }
    }

    private static ProjNet.CoordinateSystems.CoordinateSystem Known(int srid, string parameter) =>
        CoordinateSystems.FromSrid(srid)
        ?? throw new ArgumentException($"SRID {srid} is not a coordinate system GeoOpgave knows.", parameter);
}
