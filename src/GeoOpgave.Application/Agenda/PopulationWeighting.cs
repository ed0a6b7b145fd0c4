using GeoOpgave.Application.Analysis;

namespace GeoOpgave.Application.Agenda;

/// <summary>Means over buurten weighted by inhabitants; unknown values are left out, never read as zero.</summary>
internal static class PopulationWeighting
{
    /// <summary>
    /// The population-weighted mean of the known values; the plain mean when no buurt with a value has a known
    /// population (e.g. one secret buurt); null when no value is known.
    /// </summary>
    public static double? Mean(IEnumerable<BuurtAnalysis> buurten, Func<BuurtAnalysis, double?> value)
    {
        var known = buurten.Select(b => (Value: value(b), b.Population))
            .Where(x => x.Value is { } v && double.IsFinite(v))
            .ToArray();
        if (known.Length == 0)
        {
            return null;
        }

        var weighted = known.Where(x => x.Population is > 0).ToArray();
        var weight = weighted.Sum(x => x.Population!.Value);
        return weight > 0
            ? weighted.Sum(x => x.Value!.Value * x.Population!.Value) / weight
            : known.Average(x => x.Value!.Value);
    }
}
