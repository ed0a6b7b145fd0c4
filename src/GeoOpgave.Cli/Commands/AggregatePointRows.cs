using GeoOpgave.Application.Aggregation;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Points → areas for the command: one row per area, or per area and class with <c>--class-field</c> (share =
/// the class's part of the area's points). One streaming pass gives the counts per class; only sum, mean,
/// min or max per class take one more pass per class.
/// </summary>
internal static class AggregatePointRows
{
    private static readonly string[] ValueStats = ["sum", "mean", "min", "max"];

    public static async Task<(List<AggregateRow>, IReadOnlyList<AggregationIssue>)> ComputeAsync(
        AggregateSettings settings,
        IReadOnlyList<Area> areas,
        (AggregatePointSource Source, AggregateFieldValues Values) points,
        IAggregationEngine engine,
        CancellationToken cancellationToken
    )
    {
        var source = points.Source;
        var classNames = new List<string>();
        var total = await engine.PointsAsync(
            source.Read(settings.Field, settings.ClassField, classNames, points.Values),
            classNames,
            cancellationToken
        );
        source.ThrowIfRejected();
        if (settings.ClassField is null)
        {
            return (areas.Select(a => Row(settings, a.Code, null, total.ByArea[a.Code], null)).ToList(), total.Issues);
        }

        var rows = new List<AggregateRow>();
        var perClassValues = settings.Stats.Intersect(ValueStats, StringComparer.Ordinal).Any();
        foreach (var cls in classNames.Order(StringComparer.Ordinal))
        {
            var ofClassNames = new List<string>();
            var ofClass = perClassValues
                ? await engine.PointsAsync(
                    // The first pass counted the sentinels; a class's pass reads the same cells again.
                    source.Read(settings.Field, settings.ClassField, ofClassNames, new AggregateFieldValues(), cls),
                    ofClassNames,
                    cancellationToken
                )
                : null;
            source.ThrowIfRejected();
            rows.AddRange(areas.Select(a =>
            {
                var all = total.ByArea[a.Code];
                var statistics = ofClass?.ByArea[a.Code] ?? CountsOnly(all.ClassCounts.GetValueOrDefault(cls));
                return Row(settings, a.Code, cls, statistics, all.Count);
            }));
        }

        return (rows, total.Issues);
    }

    private static PointStatistics CountsOnly(long count) =>
        new(count, 0, null, null, null, null, new Dictionary<string, long>(StringComparer.Ordinal));

    private static AggregateRow Row(
        AggregateSettings settings,
        string code,
        string? cls,
        PointStatistics s,
        long? allPoints
    ) =>
        AggregateTable.Row(
            settings,
            code,
            cls,
            ("count", s.Count),
            ("sum", s.Sum),
            ("mean", s.Mean),
            ("min", s.Min),
            ("max", s.Max),
            ("share", allPoints is > 0 ? s.Count / (double)allPoints : null)
        );
}
