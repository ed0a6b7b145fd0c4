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
        var previous = ReferenceEquals(parameters.Previous?.Profile, profile) ? parameters.Previous : null;
        var ranking = RankingGroups.Of(buurten, parameters.Indicators, profile.RankingBase, previous?.Ranking);
        if (!ReferenceEquals(previous?.Ranking, ranking))
        {
            previous = null;
        }

        var raw = new double[slots.Length * n];
        var normalised = new double[slots.Length * n];
        var missing = new double[n];
        Array.Fill(missing, double.NaN);
        var sources = new double[]?[slots.Length];
        foreach (var slot in slots)
        {
            // Read-only: the column keeps this array for the next analysis of the same buurten.
            var source = parameters.Indicators.Column(slot.Indicator.IndicatorId)?.Aligned(buurten);
            sources[slot.Index] = source;
            var column = source ?? missing;
            column.CopyTo(raw.AsSpan(slot.Index * n, n));
            var target = normalised.AsSpan(slot.Index * n, n);
            if (previous is not null && previous.NormalisedFrom(slot.Index, source))
            {
                previous.CopyNormalised(slot.Index, target);
                continue;
            }

            // A buurt that is not ranked stays NaN: it is in no group, so its opgaven are onbekend and it is in
            // nobody's reference.
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
        )
        {
            Sources = sources,
            Base = previous?.Identity,
        };
    }
}
