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
        var ranking = RankingGroups.Of(buurten, parameters.Indicators, profile.RankingBase);

        var raw = new double[slots.Length * n];
        var normalised = new double[slots.Length * n];
        var missing = new double[n];
        Array.Fill(missing, double.NaN);
        foreach (var slot in slots)
        {
            // Read-only: the column keeps this array for the next analysis of the same buurten.
            var column = parameters.Indicators.Column(slot.Indicator.IndicatorId)?.Aligned(buurten) ?? missing;
            column.CopyTo(raw.AsSpan(slot.Index * n, n));
            // A buurt that is not ranked stays NaN: it is in no group, so its opgaven are onbekend and it is in
            // nobody's reference.
            var target = normalised.AsSpan(slot.Index * n, n);
            target.Fill(double.NaN);
            var groups =
                slot.Indicator.Normalisation.Kind == NormalisationKind.PercentileAll ? ranking.All : ranking.Relative;
            ColumnNormaliser.Normalise(slot.Indicator, column, groups, target);
        }

        return new NormalisedIndicators(
            profile,
            buurten.Select(b => b.Code).ToArray(),
            slots,
            raw,
            normalised,
            ranking
        );
    }
}
