using System.Globalization;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>Runs the aggregator that fits the layer (points, lines, polygons or raster) and shapes its answer into rows.</summary>
internal static class AggregateTable
{
    public static (List<AggregateRow> Rows, IReadOnlyList<AggregationIssue> Issues) Compute(
        AggregateSettings settings, List<Area> areas, VectorLayer? vector, RasterGrid? raster)
    {
        if (raster is not null)
        {
            return Raster(settings, areas, raster);
        }

        var kind = AggregateLayerCheck.Of(settings, vector!);
        AggregateLayerCheck.CheckStats(settings, kind, vector!);
        return kind switch
        {
            AggregateLayerKind.Points => AggregatePointRows.Compute(settings, areas, vector!),
            AggregateLayerKind.Lines => Lines(settings, areas, vector!),
            _ => AggregateZoneRows.Compute(settings, areas, vector!),
        };
    }

    public static string? ClassOf(IFeature feature, string? field) =>
        field is null ? null : Convert.ToString(feature.Attributes.GetOptionalValue(field), CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } c ? c : null;

    public static double? NumberOf(IFeature feature, string? field) => field is null ? null : feature.Attributes.GetOptionalValue(field) switch
    {
        long l => l,
        int i => i,
        double d when double.IsFinite(d) => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static (List<AggregateRow>, IReadOnlyList<AggregationIssue>) Raster(AggregateSettings settings, List<Area> areas, RasterGrid raster)
    {
        AggregateLayerCheck.CheckRasterStats(settings);
        var result = AggregateRaster.Run(areas, raster, new AggregateRasterParameters
        {
            Coverage = settings.Coverage == "centre" ? RasterCoverage.Centre : RasterCoverage.Exact,
            Threshold = settings.Threshold,
            Below = settings.Below,
        });
        var rows = result.Statistics.Select(s => Row(settings, s.AreaCode, null, new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["count"] = s.DataCells,
            ["sum"] = s.Sum,
            ["mean"] = s.Mean,
            ["min"] = s.Min,
            ["max"] = s.Max,
            ["share"] = s.ThresholdShare,
            ["coverage"] = s.DataFraction,
        })).ToList();
        return (rows, result.Issues);
    }

    private static (List<AggregateRow>, IReadOnlyList<AggregationIssue>) Lines(AggregateSettings settings, List<Area> areas, VectorLayer layer)
    {
        var result = AggregateLines.Run(areas, layer.Features.Select(f => (f.Geometry, ClassOf(f, settings.ClassField))));
        var lengths = result.Lengths.Count > 0 ? result.Lengths : areas.Select(a => new LineLength(a.Code, null, 0)).ToList();
        var rows = lengths.Select(l => Row(settings, l.AreaCode, l.Class, new Dictionary<string, double?>(StringComparer.Ordinal) { ["length"] = l.LengthM })).ToList();
        return (rows, result.Issues);
    }

    public static AggregateRow Row(AggregateSettings settings, string code, string? cls, Dictionary<string, double?> all) =>
        new(code, cls, settings.Stats.ToDictionary(s => s, s => all.GetValueOrDefault(s), StringComparer.Ordinal));
}
