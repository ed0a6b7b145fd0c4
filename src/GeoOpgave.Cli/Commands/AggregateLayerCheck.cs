using GeoOpgave.IO.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>Checks of the statistics against the layer; a misfit stops the command with a message naming the
/// option.</summary>
internal static class AggregateLayerCheck
{
    private static readonly Dictionary<AggregateLayerKind, string[]> Allowed = new()
    {
        [AggregateLayerKind.Points] = ["count", "sum", "mean", "min", "max", "share"],
        [AggregateLayerKind.Lines] = ["length"],
        [AggregateLayerKind.Polygons] = ["area", "share", "sum", "mean"],
    };

    private static readonly string[] RasterStats = ["count", "sum", "mean", "min", "max", "share", "coverage"];

    public static AggregateLayerKind Of(AggregateSettings settings, VectorLayer layer)
    {
        var kinds = layer
            .Features.Select(f =>
                f.Geometry switch
                {
                    Point or MultiPoint => AggregateLayerKind.Points,
                    LineString or MultiLineString => AggregateLayerKind.Lines,
                    _ => AggregateLayerKind.Polygons,
                }
            )
            .Distinct()
            .ToList();
        return kinds.Count == 1
            ? kinds[0]
            : throw AggregateInputs.Rejected(
                settings.Layer!,
                kinds.Count == 0
                    ? "de laag bevat geen objecten."
                    : "de laag mengt punten, lijnen en vlakken; splits haar eerst."
            );
    }

    public static void CheckStats(AggregateSettings settings, AggregateLayerKind kind, IReadOnlyList<string> fields)
    {
        var wrong = settings.Stats.FirstOrDefault(s => !Allowed[kind].Contains(s, StringComparer.Ordinal));
        if (wrong is not null)
        {
            throw AggregateInputs.Rejected(
                settings.Layer!,
                $"statistiek '{wrong}' past niet bij een laag met {Dutch(kind)}; kies uit {string.Join(", ", Allowed[kind])}."
            );
        }

        foreach (var (field, option) in new[] { (settings.Field, "--field"), (settings.ClassField, "--class-field") })
        {
            if (field is not null && !fields.Contains(field, StringComparer.Ordinal))
            {
                throw AggregateInputs.Rejected(
                    settings.Layer!,
                    $"het veld '{field}' ({option}) bestaat niet. Velden: {string.Join(", ", fields.Take(30))}."
                );
            }
        }

        var needsField =
            kind != AggregateLayerKind.Lines && settings.Stats.Any(s => s is "sum" or "mean" or "min" or "max");
        if (needsField && settings.Field is null)
        {
            throw AggregateInputs.Rejected(
                settings.Layer!,
                "sum, mean, min en max hebben een numeriek veld nodig: geef --field op."
            );
        }

        if (kind == AggregateLayerKind.Points && settings.Stats.Contains("share") && settings.ClassField is null)
        {
            throw AggregateInputs.Rejected(
                settings.Layer!,
                "share op punten is het aandeel per klasse: geef --class-field op."
            );
        }
    }

    public static void CheckRasterStats(AggregateSettings settings)
    {
        var wrong = settings.Stats.FirstOrDefault(s => !RasterStats.Contains(s, StringComparer.Ordinal));
        if (wrong is not null)
        {
            throw AggregateInputs.Rejected(
                settings.Layer!,
                $"statistiek '{wrong}' past niet bij een raster; kies uit {string.Join(", ", RasterStats)}."
            );
        }

        if (settings.Stats.Contains("share") && settings.Threshold is null)
        {
            throw AggregateInputs.Rejected(
                settings.Layer!,
                "share op een raster is het aandeel boven (of met --below onder) een drempel: geef --threshold op."
            );
        }
    }

    private static string Dutch(AggregateLayerKind kind) => kind switch
    {
        AggregateLayerKind.Points => "punten",
        AggregateLayerKind.Lines => "lijnen",
        _ => "vlakken",
    };
}
