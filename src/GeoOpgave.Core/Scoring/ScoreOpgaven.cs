using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Scores every opgave of a profile in every buurt. Each indicator is normalised as its profile entry
/// says (by default its percentile rank among the buurten of the same gemeente, turned round for
/// indicators where lower is more urgent); an opgave's score is the weighted mean of the normalised
/// values that are known. When the known indicators carry less than the profile's minimum share of the
/// weight, the opgave is onbekend: a missing value is never read as zero. A pure function of its
/// parameters; <see cref="NormaliseIndicators"/> and <see cref="RescoreOpgaven"/> are its two halves
/// for callers that rescore often.
/// </summary>
public static class ScoreOpgaven
{
    public static ScoringResult Run(ScoringParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var matrix = NormaliseIndicators.Run(parameters);
        return ToResult(RescoreOpgaven.Run(new RescoreParameters(matrix)));
    }

    /// <summary>The full, explainable result of a dense rescore (contributions per indicator included).</summary>
    /// <param name="scores">The rescore.</param>
    /// <param name="previous">
    /// An earlier result (koppelkansen of works added or not) whose opgave scores are taken over for every opgave
    /// that was rescored from the same normalised columns with the same weights; a write that touched one indicator
    /// then builds the scores of its opgaven only. Null: build all.
    /// </param>
    public static ScoringResult ToResult(RescoreResult scores, ScoringResult? previous = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var m = scores.Indicators;
        var profile = m.Profile;
        var same = SameOpgaven(scores, previous);
        var buurten = new BuurtScore[m.BuurtCount];
        for (var b = 0; b < buurten.Length; b++)
        {
            var opgaven = new OpgaveScore[profile.Opgaven.Count];
            for (var o = 0; o < opgaven.Length; o++)
            {
                opgaven[o] = same[o] ? previous!.Buurten[b].Opgaven[o] : ToOpgaveScore(scores, o, b);
            }

            var urgent = opgaven.Where(o => o.IsUrgent).Select(o => o.OpgaveId).ToHashSet(StringComparer.Ordinal);
            // A koppelkans that needs planned works is added by MatchKoppelkansen, which knows the works.
            var koppelkansen = profile.Koppelkansen
                .Where(k => k.Werken is null && k.Opgaven.Count > 0 && k.OpgavenUrgent(urgent))
                .ToArray();
            var combined = scores.CombinedScore[b];
            var notRanked = m.Ranking.NotRankedReason(b);
            buurten[b] = new BuurtScore(m.BuurtCodes[b], opgaven, urgent.Count, koppelkansen)
            {
                CombinedScore = double.IsNaN(combined) ? null : combined,
                // A buurt of which no opgave is known has nothing to be first in; ranking it would rank it by its
                // place in the file.
                PriorityRank = notRanked is null && !double.IsNaN(combined) ? scores.PriorityRank[b] : 0,
                NotRankedReason = notRanked,
            };
        }

        return new ScoringResult(profile, buurten)
        {
            Thresholds = [.. profile.Opgaven.Select((_, o) => scores.ThresholdsOf(o))],
            Source = scores,
        };
    }

    private static bool[] SameOpgaven(RescoreResult scores, ScoringResult? previous)
    {
        var m = scores.Indicators;
        var same = new bool[m.Profile.Opgaven.Count];
        if (previous?.Source is not { } before || previous.Buurten.Count != m.BuurtCount)
        {
            return same;
        }

        for (var o = 0; o < same.Length; o++)
        {
            same[o] = m.OpgaveSameAs(before.Indicators, o) && SameWeights(scores, before, o);
        }

        return same;
    }

    private static bool SameWeights(RescoreResult scores, RescoreResult before, int opgave)
    {
        var m = scores.Indicators;
        for (var slot = m.OpgaveSlotStart(opgave); slot < m.OpgaveSlotEnd(opgave); slot++)
        {
            if (!scores.Weights[slot].Equals(before.Weights[slot]))
            {
                return false;
            }
        }

        return true;
    }

    private static OpgaveScore ToOpgaveScore(RescoreResult scores, int opgave, int buurt)
    {
        var m = scores.Indicators;
        var definition = m.Profile.Opgaven[opgave];
        var score = scores.Score(opgave, buurt);
        var knownWeight = scores.KnownWeight(opgave, buurt);
        var start = m.OpgaveSlotStart(opgave);
        var contributions = new IndicatorContribution[definition.Indicators.Count];
        for (var j = 0; j < contributions.Length; j++)
        {
            var weight = scores.Weights[start + j];
            var norm = m.Normalised(buurt, start + j);
            contributions[j] = new IndicatorContribution(
                definition.Indicators[j].IndicatorId,
                m.Raw(buurt, start + j),
                norm,
                weight,
                score is not null && norm is { } v && weight > 0 ? weight * v / knownWeight : null);
        }

        return new OpgaveScore(
            definition.Id,
            score,
            scores.Class(opgave, buurt),
            scores.Coverage(opgave, buurt),
            contributions
        );
    }
}
