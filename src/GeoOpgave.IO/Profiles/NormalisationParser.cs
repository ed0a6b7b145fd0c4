using System.Text.Json;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.IO.Profiles;

/// <summary>
/// Reads an indicator's <c>"normalisation"</c>: one of the names below, or
/// <c>{"absolute": [[value, score], …]}</c> with breakpoints in the indicator's unit whose scores must
/// rise in the indicator's urgent direction.
/// </summary>
internal sealed class NormalisationParser(JsonFields fields)
{
    public const string PercentileGemeente = "percentile-gemeente";
    public const string PercentileAll = "percentile-all";
    public const string MinMax = "minmax";
    public const string ZScore = "zscore";
    public const string Absolute = "absolute";

    public Normalisation Parse(JsonElement indicator, string path, IndicatorDirection direction)
    {
        if (indicator.ValueKind != JsonValueKind.Object || !indicator.TryGetProperty("normalisation", out var n))
        {
            return Normalisation.PercentileGemeente;
        }

        path += ".normalisation";
        return n.ValueKind switch
        {
            JsonValueKind.String => Named(n.GetString()!, path),
            JsonValueKind.Object when n.TryGetProperty(Absolute, out var points) => Breakpoints(
                points,
                $"{path}.{Absolute}",
                direction
            ),
            _ => Unknown(path, n.ToString()),
        };
    }

    private Normalisation Named(string name, string path) => name switch
    {
        PercentileGemeente => Normalisation.PercentileGemeente,
        PercentileAll => Normalisation.PercentileAll,
        MinMax => Normalisation.MinMax,
        ZScore => Normalisation.ZScore,
        _ => Unknown(path, name),
    };

    private Normalisation Breakpoints(JsonElement points, string path, IndicatorDirection direction)
    {
        if (points.ValueKind != JsonValueKind.Array || points.GetArrayLength() < 2)
        {
            fields.Bad(path, "Verwacht minstens twee breekpunten [waarde, score].");
            return Normalisation.PercentileGemeente;
        }

        var parsed = points.EnumerateArray().Select((p, i) => Point(p, $"{path}[{i}]")).ToArray();
        if (parsed.Any(p => p is null))
        {
            return Normalisation.PercentileGemeente;
        }

        var sorted = parsed.Select(p => p!.Value).OrderBy(p => p.Value).ToArray();
        var pairs = sorted.Zip(sorted.Skip(1)).ToArray();
        if (pairs.Any(p => p.First.Value == p.Second.Value))
        {
            fields.Bad(path, "Twee breekpunten hebben dezelfde waarde.");
            return Normalisation.PercentileGemeente;
        }

        var rising = direction == IndicatorDirection.HigherIsMoreUrgent;
        if (pairs.Any(p => rising ? p.Second.Score < p.First.Score : p.Second.Score > p.First.Score))
        {
            fields.Bad(path, rising
                ? "Bij 'higher' moet de score gelijk blijven of stijgen met de waarde."
                : "Bij 'lower' moet de score gelijk blijven of dalen met de waarde.");
            return Normalisation.PercentileGemeente;
        }

        return Normalisation.Absolute(sorted);
    }

    private AbsoluteBreakpoint? Point(JsonElement p, string path)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() != 2)
        {
            fields.Bad(path, "Verwacht [waarde, score].");
            return null;
        }

        var value = fields.Number(p[0], $"{path}[0]", double.MinValue, double.MaxValue);
        var score = fields.Number(p[1], $"{path}[1]", 0, 100);
        return
            p[0].ValueKind == JsonValueKind.Number && p[1].ValueKind == JsonValueKind.Number && score is >= 0 and <= 100
            ? new AbsoluteBreakpoint(value, score)
            : null;
    }

    private Normalisation Unknown(string path, string value)
    {
        fields.Bad(
            path,
            $"'{value}' is geen normalisatie; gebruik '{PercentileGemeente}', '{PercentileAll}', '{MinMax}', '{ZScore}' of {{\"{Absolute}\": [[waarde, score], …]}}."
        );
        return Normalisation.PercentileGemeente;
    }
}
