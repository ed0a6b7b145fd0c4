using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;
using GeoOpgave.IO.Shapefile;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Cbs;

/// <summary>
/// Reads a CBS wijk- en buurtkaart: a GeoPackage with gemeenten, wijken and/or buurten layers (PDOK), or a
/// GeoJSON, a TopoJSON topology (each object a layer) or a shapefile. Each layer's level comes from its code
/// fields (buurtcode, wijkcode, gemeentecode in snake_case, camelCase or upper-case shapefile spelling, or the
/// statcode of CBS's gebiedsindelingen); only the layers present give areas. Geometries are in RD New
/// (EPSG:28992); every other numeric field becomes a kerncijfer, with CBS sentinels and empty cells as null.
/// </summary>
public static class CbsWijkBuurtKaartReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">A .gpkg, .geojson/.json or .shp file.</param>
    /// <param name="year">The year of the indeling; null: the jaar (or jrstatcode) field of each area.</param>
    /// <param name="gemeenten">Only the areas of these gemeenten (GM codes), e.g. of a national file; null: all.
    /// Problems of the areas left out are not reported.</param>
    public static ReadResult<CbsWijkBuurtKaart> Read(
        string path,
        int? year = null,
        IReadOnlySet<string>? gemeenten = null
    )
    {
        var log = new IssueLog(path);
        if (!CbsYear.CheckOption(year, log) || !log.RequireFile(path))
        {
            return log.Result<CbsWijkBuurtKaart>(null);
        }

        var converter = new CbsLayerConverter(year, log, gemeenten);
        var layers = ReadLayers(path, converter, log);
        if (layers is null)
        {
            return log.Result<CbsWijkBuurtKaart>(null);
        }

        var cbsLayers = 0;
        foreach (var result in layers)
        {
            cbsLayers += AddLayer(result, converter, log) ? 1 : 0;
        }

        if (cbsLayers == 0)
        {
            log.Layer = null;
            log.Error(
                IssueKind.MissingField,
                "Geen laag met CBS-codes gevonden (verwacht een veld gemeentecode, wijkcode of buurtcode)."
            );
            return log.Result<CbsWijkBuurtKaart>(null);
        }

        if (converter.Build() is not { } kaart)
        {
            return log.Result<CbsWijkBuurtKaart>(null);
        }

        ReportSentinels(kaart, log);
        return log.Result(kaart);
    }

    private static IEnumerable<ReadResult<VectorLayer>>? ReadLayers(
        string path,
        CbsLayerConverter converter,
        IssueLog log
    )
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".gpkg":
                var list = GeoPackageReader.ListLayers(path);
                log.AddRange(list.Issues);
                return list.Value?.Select(l =>
                    GeoPackageReader.Read(
                        path,
                        l.Name,
                        keepFeaturesWithoutGeometry: true,
                        wantsGeometry: converter.GeometryJudge()
                    )
                );
            case ".geojson" or ".json":
                return GeoJsonReader.ReadLayers(path, new GeoJsonReadOptions(), keepFeaturesWithoutGeometry: true);
            case ".shp":
                return [ShapefileReader.Read(path, new ShapefileReadOptions(), keepFeaturesWithoutGeometry: true)];
            default:
                log.Error(
                    IssueKind.UnsupportedFormat,
                    "Een wijk- en buurtkaart moet een GeoPackage (.gpkg), GeoJSON of TopoJSON (.geojson, .json) of shapefile (.shp) zijn."
                );
                return null;
        }
    }

    private static bool AddLayer(ReadResult<VectorLayer> result, CbsLayerConverter converter, IssueLog log)
    {
        var schema = result.Value is { } layer ? CbsLayerSchema.Of(layer) : null;
        if (result.Value is not null && schema is null)
        {
            // A layer without CBS codes (e.g. a styling or extra table) is not part of the kaart; its issues do not
            // matter here.
            return false;
        }

        // The CBS reader rejects areas without geometry itself, as errors; the format reader's warnings would repeat
        // that.
        log.AddRange(
            result.Issues.Where(i =>
                i.Kind is not (IssueKind.MissingGeometry or IssueKind.EmptyGeometry)
                && (result.Value is null || schema is null || i.FeatureIndex is not { } at
                    || converter.Keeps(result.Value.Features[at], schema))
            ).Select(i => WithCode(i, result.Value, schema))
        );
        if (result.Value is null || schema is null)
        {
            return false;
        }

        var rejected = result
            .Errors.Where(i => i.Kind == IssueKind.BrokenGeometry && i.FeatureIndex is not null)
            .Select(i => i.FeatureIndex!.Value)
            .ToHashSet();
        converter.Add(result.Value, schema, rejected);
        return true;
    }

    // A geometry the format reader could not parse is an area of the kaart: say which, as the CBS reader's own
    // errors do. The features are the reader's in file order, kept without geometry, so the index finds it.
    private static ImportIssue WithCode(ImportIssue issue, VectorLayer? layer, CbsLayerSchema? schema) =>
        issue.Kind == IssueKind.BrokenGeometry
        && issue.FeatureIndex is { } index
        && layer is not null
        && schema is not null
        && index < layer.Features.Count
        && CbsLayerConverter.AreaCodeOf(layer.Features[index], schema) is { } code
            ? issue with { Message = $"Gebied {code}: {issue.Message}" }
            : issue;

    private static void ReportSentinels(CbsWijkBuurtKaart kaart, IssueLog log)
    {
        log.Layer = null;
        foreach (var (indicator, count) in kaart.SentinelCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            log.Info(
                IssueKind.MissingValues,
                $"{count} waarden zijn CBS-codes voor 'onbekend' of 'geheim' en tellen als onbekend.",
                field: indicator
            );
        }
    }
}
