using GeoOpgave.Application.Aggregation;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Features;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Polygons → areas for the command: area and share of the area covered (zones of a class dissolved), and
/// with <c>--field</c> areal interpolation: sum (extensive, shared by area) and mean (intensive, area-weighted).
/// </summary>
internal static class AggregateZoneRows
{
    public static async Task<(List<AggregateRow>, IReadOnlyList<AggregationIssue>)> ComputeAsync(
        AggregateSettings settings,
        List<Area> areas,
        (VectorLayer Layer, AggregateFieldValues Values) input,
        IAggregationEngine engine,
        CancellationToken cancellationToken
    )
    {
        var zones = input.Layer
            .Features.Select(f =>
                (Feature: f, Class: AggregateTable.ClassOf(f.Attributes, settings.ClassField) ?? string.Empty)
            )
            .ToList();
        var coverage = await engine.ZonesAsync(
            zones.Select(z => new ZoneObservation(z.Feature.Geometry, z.Class)),
            cancellationToken
        );
        var issues = coverage.Issues.ToList();
        var interpolated = new Dictionary<(string Code, string Class), ArealEstimate>();
        if (settings.Field is not null && settings.Stats.Any(s => s is "sum" or "mean"))
        {
            foreach (var group in zones.GroupBy(z => z.Class, StringComparer.Ordinal))
            {
                // A list, so that each zone's value is read (and a sentinel counted) once.
                var sources = group
                    .Select(z => new ArealSource(
                        z.Feature.Geometry,
                        input.Values.Of(AggregateTable.NumberOf(z.Feature.Attributes, settings.Field))
                    ))
                    .ToList();
                var (estimates, _) = await engine.InterpolateAsync(sources, cancellationToken);
                foreach (var e in estimates)
                {
                    interpolated[(e.AreaCode, group.Key)] = e;
                }
            }
        }

        var rows = coverage
            .Coverage.Select(c =>
            {
                var estimate = interpolated.GetValueOrDefault((c.AreaCode, c.Class));
                return AggregateTable.Row(
                    settings,
                    c.AreaCode,
                    settings.ClassField is null ? null : c.Class,
                    ("area", c.AreaM2),
                    ("share", c.Share),
                    ("sum", estimate?.Extensive),
                    ("mean", estimate?.Intensive)
                );
            })
            .ToList();
        return (rows, issues);
    }
}
