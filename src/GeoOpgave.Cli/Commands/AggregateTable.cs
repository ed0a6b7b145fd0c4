using System.Globalization;
using GeoOpgave.Application.Aggregation;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>Runs the aggregator that fits the layer (points, lines, polygons or raster) and shapes its answer into
/// rows.</summary>
internal static class AggregateTable
{
    /// <summary>Raster layers always run in .NET, whichever engine was asked for.</summary>
    public static async Task<(List<AggregateRow> Rows, IReadOnlyList<AggregationIssue> Issues)> ComputeAsync(
        AggregateSettings settings,
        List<Area> areas,
        AggregateLayerInput input,
        IAggregationEngine engine,
        CancellationToken cancellationToken
    )
    {
        if (input.Raster is { } raster)
        {
            return Raster(settings, areas, raster);
        }

        if (input.Points is { } points)
        {
            AggregateLayerCheck.CheckStats(settings, AggregateLayerKind.Points, points.Fields());
            return await AggregatePointRows.ComputeAsync(
                settings,
                areas,
                (points, input.FieldValues),
                engine,
                cancellationToken
            );
        }

        var vector = input.Vector!;
        var kind = AggregateLayerCheck.Of(settings, vector);
        AggregateLayerCheck.CheckStats(settings, kind, AggregateInputs.Fields(vector));
        return kind switch
        {
            AggregateLayerKind.Points => await AggregatePointRows.ComputeAsync(
                settings,
                areas,
                (AggregatePointSource.FromLayer(settings.Layer!, vector), input.FieldValues),
                engine,
                cancellationToken
            ),
            AggregateLayerKind.Lines => await LinesAsync(settings, areas, vector, engine, cancellationToken),
            _ => await AggregateZoneRows.ComputeAsync(
                settings,
                areas,
                (vector, input.FieldValues),
                engine,
                cancellationToken
            ),
        };
    }

    public static string? ClassOf(IAttributesTable attributes, string? field) =>
        field is null ? null
        : Convert.ToString(attributes.GetOptionalValue(field), CultureInfo.InvariantCulture)?.Trim()
            is { Length: > 0 } c
            ? c
        : null;

    public static double? NumberOf(IAttributesTable attributes, string? field) =>
        field is null
            ? null
            : attributes.GetOptionalValue(field) switch
            {
                long l => l,
                int i => i,
                double d when double.IsFinite(d) => d,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) =>
                    parsed,
                _ => null,
            };

    private static (List<AggregateRow>, IReadOnlyList<AggregationIssue>) Raster(
        AggregateSettings settings,
        List<Area> areas,
        RasterGrid raster
    )
    {
        AggregateLayerCheck.CheckRasterStats(settings);
        var result = AggregateRaster.Run(
            areas,
            raster,
            new AggregateRasterParameters
            {
                Coverage = settings.Coverage == "centre" ? RasterCoverage.Centre : RasterCoverage.Exact,
                Threshold = settings.Threshold,
                Below = settings.Below,
            }
        );
        var rows = result
            .Statistics.Select(s =>
                Row(
                    settings,
                    s.AreaCode,
                    null,
                    ("count", s.DataCells),
                    ("sum", s.Sum),
                    ("mean", s.Mean),
                    ("min", s.Min),
                    ("max", s.Max),
                    ("share", s.ThresholdShare),
                    ("coverage", s.DataFraction)
                )
            )
            .ToList();
        return (rows, result.Issues);
    }

    private static async Task<(List<AggregateRow>, IReadOnlyList<AggregationIssue>)> LinesAsync(
        AggregateSettings settings,
        List<Area> areas,
        VectorLayer layer,
        IAggregationEngine engine,
        CancellationToken cancellationToken
    )
    {
        var result = await engine.LinesAsync(
            layer.Features.Select(f => (f.Geometry, ClassOf(f.Attributes, settings.ClassField))),
            cancellationToken
        );
        var lengths =
            result.Lengths.Count > 0 ? result.Lengths : areas.Select(a => new LineLength(a.Code, null, 0)).ToList();
        var rows = lengths
            .Select(l => Row(settings, l.AreaCode, l.Class, ("length", l.LengthM)))
            .ToList();
        return (rows, result.Issues);
    }

    /// <summary>The row of an area (and class) with the statistics the settings ask for, in their order, each from
    /// <paramref name="all"/> (null when not among them).</summary>
    public static AggregateRow Row(
        AggregateSettings settings,
        string code,
        string? cls,
        params (string Stat, double? Value)[] all
    )
    {
        var stats = settings.Stats;
        var values = new double?[stats.Count];
        for (var i = 0; i < values.Length; i++)
        {
            foreach (var (stat, value) in all)
            {
                if (stat == stats[i])
                {
                    values[i] = value;
                }
            }
        }

        return new(code, cls, values);
    }
}
