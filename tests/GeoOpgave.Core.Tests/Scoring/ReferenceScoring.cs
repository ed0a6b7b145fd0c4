using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>
/// The per-buurt scoring loop as it was before the dense engine (percentile rank within the gemeente
/// only), kept to prove the default path still gives exactly the same numbers (scores, coverage and
/// contributions bit for bit).
/// </summary>
internal static class ReferenceScoring
{
    public static OpgaveScore[][] Run(ScoringParameters parameters)
    {
        var ranks = new Dictionary<(string, string), PercentileRanks>();
        foreach (var gemeente in parameters.Buurten.GroupBy(b => b.GemeenteCode, StringComparer.Ordinal))
        {
            foreach (
                var id in parameters
                    .Profile.Opgaven.SelectMany(o => o.Indicators)
                    .Select(i => i.IndicatorId)
                    .Distinct(StringComparer.Ordinal)
            )
            {
                ranks[(gemeente.Key, id)] = new PercentileRanks(
                    gemeente.Select(b => parameters.Indicators.Get(b.Code, id))
                );
            }
        }

        return parameters
            .Buurten.Select(b =>
                parameters
                    .Profile.Opgaven.Select(o => ScoreOpgave(parameters.Profile, o, b, parameters, ranks))
                    .ToArray()
            )
            .ToArray();
    }

    private static OpgaveScore ScoreOpgave(
        Profile profile,
        OpgaveDefinition opgave,
        Area buurt,
        ScoringParameters parameters,
        Dictionary<(string, string), PercentileRanks> ranks
    )
    {
        var totalWeight = opgave.Indicators.Sum(i => Math.Max(0, i.Weight));
        var knownWeight = 0.0;
        var weightedSum = 0.0;
        var normalised = new (OpgaveIndicator Indicator, double? Raw, double? Norm)[opgave.Indicators.Count];
        for (var j = 0; j < normalised.Length; j++)
        {
            var indicator = opgave.Indicators[j];
            var raw = parameters.Indicators.Get(buurt.Code, indicator.IndicatorId);
            var rank = ranks[(buurt.GemeenteCode, indicator.IndicatorId)].RankOf(raw);
            var norm = indicator.Direction == IndicatorDirection.LowerIsMoreUrgent ? 100 - rank : rank;
            normalised[j] = (indicator, raw, norm);
            if (norm is { } n && indicator.Weight > 0)
            {
                knownWeight += indicator.Weight;
                weightedSum += indicator.Weight * n;
            }
        }

        var coverage = totalWeight > 0 ? knownWeight / totalWeight : 0;
        // The second intended change: the opgave is known only where one of its key indicators has data.
        var keys = opgave.KeyIndicatorIds();
        var keyKnown =
            keys.Count == 0 || normalised.Any(n => keys.Contains(n.Indicator.IndicatorId) && n.Norm is not null);
        var known = keyKnown && knownWeight > 0 && coverage >= profile.MinimumCoverage;
        double? score = known ? weightedSum / knownWeight : null;
        var contributions = normalised
            .Select(n => new IndicatorContribution(
                n.Indicator.IndicatorId, n.Raw, n.Norm, n.Indicator.Weight,
                known && n.Norm is { } v && n.Indicator.Weight > 0 ? n.Indicator.Weight * v / knownWeight : null))
            .ToArray();
        // The one intended change: a score within 1e-9 below a threshold (e.g. 59.99999999999999 for a
        // mean that is 60 on paper) now counts as on it.
        var cls = score switch
        {
            null => UrgencyClass.Onbekend,
            var s when s >= profile.UrgentThreshold - 1e-9 => UrgencyClass.Hoog,
            var s when s >= profile.AttentionThreshold - 1e-9 => UrgencyClass.Midden,
            _ => UrgencyClass.Laag,
        };
        return new OpgaveScore(opgave.Id, score, cls, coverage, contributions);
    }
}
