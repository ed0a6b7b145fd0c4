using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Scores every opgave of a profile in every buurt. Each indicator is normalised to its percentile
/// rank among the buurten of the same gemeente (turned round for indicators where lower is more
/// urgent); an opgave's score is the weighted mean of the normalised values that are known. When the
/// known indicators carry less than the profile's minimum share of the weight, the opgave is onbekend:
/// a missing value is never read as zero. A pure function of its parameters.
/// </summary>
public static class ScoreOpgaven
{
    public static ScoringResult Run(ScoringParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var profile = parameters.Profile;
        var ranks = BuildRanks(parameters);

        var buurten = new BuurtScore[parameters.Buurten.Count];
        for (var i = 0; i < buurten.Length; i++)
        {
            var buurt = parameters.Buurten[i];
            var opgaven = profile.Opgaven
                .Select(o => ScoreOpgave(profile, o, buurt, parameters, ranks))
                .ToArray();
            var urgent = opgaven.Where(o => o.IsUrgent).Select(o => o.OpgaveId).ToHashSet(StringComparer.Ordinal);
            var koppelkansen = profile.Koppelkansen
                .Where(k => k.Opgaven.Count > 0 && k.Opgaven.All(urgent.Contains))
                .ToArray();
            buurten[i] = new BuurtScore(buurt.Code, opgaven, urgent.Count, koppelkansen);
        }

        return new ScoringResult(profile, buurten);
    }

    private static OpgaveScore ScoreOpgave(
        Profile profile,
        OpgaveDefinition opgave,
        Area buurt,
        ScoringParameters parameters,
        Dictionary<(string Gemeente, string Indicator), PercentileRanks> ranks)
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
        var known = knownWeight > 0 && coverage >= profile.MinimumCoverage;
        double? score = known ? weightedSum / knownWeight : null;
        var contributions = normalised
            .Select(n => new IndicatorContribution(
                n.Indicator.IndicatorId,
                n.Raw,
                n.Norm,
                n.Indicator.Weight,
                known && n.Norm is { } v && n.Indicator.Weight > 0 ? n.Indicator.Weight * v / knownWeight : null))
            .ToArray();
        return new OpgaveScore(opgave.Id, score, Classify(profile, score), coverage, contributions);
    }

    private static UrgencyClass Classify(Profile profile, double? score) => score switch
    {
        null => UrgencyClass.Onbekend,
        var s when s >= profile.UrgentThreshold => UrgencyClass.Hoog,
        var s when s >= profile.AttentionThreshold => UrgencyClass.Midden,
        _ => UrgencyClass.Laag,
    };

    private static Dictionary<(string, string), PercentileRanks> BuildRanks(ScoringParameters parameters)
    {
        var indicatorIds = parameters.Profile.Opgaven
            .SelectMany(o => o.Indicators)
            .Select(i => i.IndicatorId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var ranks = new Dictionary<(string, string), PercentileRanks>();
        foreach (var gemeente in parameters.Buurten.GroupBy(b => b.GemeenteCode, StringComparer.Ordinal))
        {
            foreach (var id in indicatorIds)
            {
                ranks[(gemeente.Key, id)] = new PercentileRanks(gemeente.Select(b => parameters.Indicators.Get(b.Code, id)));
            }
        }

        return ranks;
    }
}
