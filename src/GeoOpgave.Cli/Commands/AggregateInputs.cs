using System.Globalization;
using GeoOpgave.Application;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Geometries;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>Reads the areas and the layer of <c>geoopgave aggregate</c> with the IO readers; anything they reject stops
/// the command with its issues.</summary>
internal static class AggregateInputs
{
    private static readonly string[] CodeFields = ["buurtcode", "wijkcode", "gemeentecode", "statcode", "code"];

    /// <summary>
    /// The areas with their codes. An area whose geometry collapsed (to a line or point, or empty, as happens in
    /// simplified national files) is left out and named in <c>Skipped</c>, as is a feature the reader dropped for
    /// lacking a geometry; the rest is aggregated.
    /// </summary>
    public static (List<Area> Areas, List<string> Skipped) ReadAreas(AggregateSettings settings)
    {
        var path = settings.Areas!;
        var skipped = new List<string>();
        var layer = ReadVector(path, settings.AreaLayer, srid: null, csv: null, preferredLayer: "buurten", skipped);
        var field = settings.AreaCodeField
            ?? CodeFields.FirstOrDefault(f => HasField(layer, f))
            ?? throw Rejected(
                path,
                $"geen veld met de gebiedscode gevonden (verwacht {string.Join(", ", CodeFields)}); geef het op met --area-code-field. Velden: {FieldList(layer)}."
            );
        if (!HasField(layer, field))
        {
            throw Rejected(path, $"het veld '{field}' bestaat niet in laag {layer.Name}. Velden: {FieldList(layer)}.");
        }

        var areas = new List<Area>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < layer.Features.Count; i++)
        {
            var feature = layer.Features[i];
            var code = Convert
                .ToString(feature.Attributes.GetOptionalValue(field), CultureInfo.InvariantCulture)
                ?.Trim();
            if (string.IsNullOrEmpty(code) || !seen.Add(code))
            {
                throw Rejected(
                    path,
                    string.IsNullOrEmpty(code)
                        ? $"object {i + 1} heeft geen waarde in veld '{field}'."
                        : $"de code '{code}' (veld '{field}') komt meer dan eens voor."
                );
            }

            // A collection keeps its polygons; a line or point left of a buurt that was simplified away has no surface.
            if (PolygonalPart.Of(feature.Geometry) is not { } polygonal)
            {
                skipped.Add(
                    feature.Geometry is null || feature.Geometry.IsEmpty
                        ? $"gebied {code} (object {i + 1}) heeft een lege geometrie en is overgeslagen."
                        : $"gebied {code} (object {i + 1}) is geen vlak maar een {feature.Geometry.GeometryType} (ingeklapt?) en is overgeslagen."
                );
                continue;
            }

            areas.Add(
                new Area(code, code, AreaCode.LevelOf(code) ?? AreaLevel.Buurt, string.Empty, null, 0, polygonal)
            );
        }

        return areas.Count > 0
            ? (areas, skipped)
            : throw Rejected(
                path,
                skipped.Count > 0 ? $"geen enkel gebied is een vlak: {skipped[0]}" : "de laag bevat geen gebieden."
            );
    }

    public static AggregateLayerInput ReadLayer(AggregateSettings settings)
    {
        var path = settings.Layer!;
        var srid = ParseCrs(settings.Crs);
        var csv = new PointCsvOptions { XColumn = settings.X, YColumn = settings.Y, Srid = srid };
        if (Extension(path) is ".csv" or ".txt")
        {
            // Opened once here only to reject a bad header before any work; every pass opens it again.
            OpenCsv(path, csv);
        }

        return Extension(path) switch
        {
            ".tif" or ".tiff" => new AggregateLayerInput(
                null,
                Require(GeoTiffReader.Read(path, new GeoTiffReadOptions { Srid = srid }), path),
                null
            ),
            ".csv" or ".txt" => new AggregateLayerInput(
                null,
                null,
                AggregatePointSource.FromCsv(path, () => OpenCsv(path, csv))
            ),
            _ => new AggregateLayerInput(ReadVector(path, null, srid, csv, preferredLayer: null), null, null),
        };
    }

    public static bool HasField(VectorLayer layer, string field) =>
        layer.Features.Any(f => f.Attributes.GetNames().Contains(field, StringComparer.Ordinal));

    public static IReadOnlyList<string> Fields(VectorLayer layer) =>
        [.. layer.Features.SelectMany(f => f.Attributes.GetNames()).Distinct(StringComparer.Ordinal)];

    public static string FieldList(VectorLayer layer) => string.Join(", ", Fields(layer).Take(30));

    public static GeoOpgaveException Rejected(string path, string message) =>
        new("aggregate-invoer", $"{Path.GetFileName(path)}: {message}");

    private static VectorLayer ReadVector(
        string path,
        string? layerName,
        int? srid,
        PointCsvOptions? csv,
        string? preferredLayer,
        List<string>? warnings = null
    )
    {
        var result = Extension(path) switch
        {
            ".gpkg" => GeoPackageReader.Read(path, layerName ?? ChooseLayer(path, preferredLayer, csv is null)),
            ".geojson" or ".json" => GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = srid, Layer = layerName }),
            ".shp" => ShapefileReader.Read(path, new ShapefileReadOptions { Srid = srid }),
            ".zip" => ReadZippedShapefile(path, srid),
            _ => throw Rejected(
                path,
                $"onbekend formaat '{Path.GetExtension(path)}'; gebruik .gpkg, .geojson, .shp, .shp.zip{(csv is null ? string.Empty : ", .csv of .tif")}."
            ),
        };
        var layer = Require(result, path);

        // What the reader left out (a feature without geometry) is said, not silently lost.
        warnings?.AddRange(result.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(i => i.ToString()));
        return layer;
    }

    private static ReadResult<VectorLayer> ReadZippedShapefile(string path, int? srid)
    {
        using var zip = AggregateZipExtractor.Extract(path);
        return ShapefileReader.Read(zip.Shp, new ShapefileReadOptions { Srid = srid });
    }

    private static PointCsvStream OpenCsv(string path, PointCsvOptions options)
    {
        var (stream, issues) = PointCsvStream.Open(path, options);
        return stream ?? Require(new ReadResult<PointCsvStream>(null, issues), path);
    }

    private static string ChooseLayer(string path, string? preferred, bool areas)
    {
        var layers = Require(GeoPackageReader.ListLayers(path), path);
        var advice = areas ? "kies er een met --area-layer" : "exporteer de gewenste laag naar een eigen bestand";
        return layers.Count == 1 ? layers[0].Name
            : layers.FirstOrDefault(l => string.Equals(l.Name, preferred, StringComparison.OrdinalIgnoreCase))?.Name
                ?? throw Rejected(
                    path,
                    $"het GeoPackage heeft {layers.Count} lagen ({string.Join(", ", layers.Select(l => l.Name))}); {advice}."
                );
    }

    private static T Require<T>(ReadResult<T> result, string path)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        var errors = result.Errors.Take(5).Select(e => e.ToString()).ToList();
        var more = result.Errors.Count() > 5 ? $" (en nog {result.Errors.Count() - 5})" : string.Empty;
        throw new GeoOpgaveException("aggregate-invoer", errors.Count == 0
            ? $"{Path.GetFileName(path)} kan niet gelezen worden."
            : string.Join(Environment.NewLine, errors) + more);
    }

    private static int? ParseCrs(string? crs)
    {
        if (crs is null)
        {
            return null;
        }

        return Srid.TryParseEpsg(crs, out var srid)
            ? srid
            : throw new GeoOpgaveException(
                "aggregate-invoer",
                $"--crs '{crs}' is geen EPSG-code; schrijf bijvoorbeeld EPSG:28992."
            );
    }

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
