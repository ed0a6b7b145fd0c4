using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Normalises every indicator of a profile in every buurt once (see <see cref="NormalisationKind"/>),
/// so that <see cref="RescoreOpgaven"/> can rescore with any weights without touching the raw values
/// again. Non-finite raw values count as missing. A pure function of its parameters.
/// </summary>
public static class NormaliseIndicators
{
    public static NormalisedIndicators Run(ScoringParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var profile = parameters.Profile;
        var buurten = parameters.Buurten;
        var n = buurten.Count;
        var slots = profile.Opgaven
            .SelectMany((o, oi) => o.Indicators.Select((ind, ii) => (o.Id, oi, ii, ind)))
            .Select((s, index) => new IndicatorSlot(index, s.oi, s.ii, s.Id, s.ind))
            .ToArray();
        var gemeenten = GemeenteGroups(buurten);
        int[][] all = [Enumerable.Range(0, n).ToArray()];

        var raw = new double[slots.Length * n];
        var normalised = new double[slots.Length * n];
        var rawById = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            if (!rawById.TryGetValue(slot.Indicator.IndicatorId, out var column))
            {
                column = buurten.Select(b => parameters.Indicators.Get(b.Code, slot.Indicator.IndicatorId) is { } v && double.IsFinite(v) ? v : double.NaN).ToArray();
                rawById[slot.Indicator.IndicatorId] = column;
            }

            column.CopyTo(raw.AsSpan(slot.Index * n, n));
            var groups = slot.Indicator.Normalisation.Kind == NormalisationKind.PercentileAll ? all : gemeenten;
            ColumnNormaliser.Normalise(slot.Indicator, column, groups, normalised.AsSpan(slot.Index * n, n));
        }

        return new NormalisedIndicators(profile, buurten.Select(b => b.Code).ToArray(), slots, raw, normalised);
    }

    /// <summary>The row numbers of the buurten per gemeente: the groups a relative normalisation ranks within.</summary>
    internal static int[][] GemeenteGroups(IReadOnlyList<Area> buurten) => buurten
        .Select((b, i) => (b.GemeenteCode, i))
        .GroupBy(x => x.GemeenteCode, StringComparer.Ordinal)
        .Select(g => g.Select(x => x.i).ToArray())
        .ToArray();
}
