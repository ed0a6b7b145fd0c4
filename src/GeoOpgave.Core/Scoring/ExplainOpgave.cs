using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Explains one opgave's score in one buurt: every indicator's raw value (with unit and source from the
/// profile's catalogue), its normalised value, weight and contribution, the thresholds, where the raw
/// value stands in the gemeente, and one Dutch sentence (numbers in nl-NL notation, whatever the
/// machine's culture). A pure function of its parameters.
/// </summary>
public static class ExplainOpgave
{
    /// <exception cref="ArgumentException">The buurt or opgave is not in the result.</exception>
    public static OpgaveExplanation Run(ExplanationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var profile = parameters.Result.Profile;
        var opgaveIndex = FindIndex(profile.Opgaven, o => o.Id == parameters.OpgaveId, "opgave", parameters.OpgaveId);
        var buurtScores = parameters.Result.Buurten;
        var buurtIndex = FindIndex(
            buurtScores,
            b => b.BuurtCode == parameters.BuurtCode,
            "buurt",
            parameters.BuurtCode
        );
        var definition = profile.Opgaven[opgaveIndex];
        var score = buurtScores[buurtIndex].Opgaven[opgaveIndex];
        var areas = parameters.Buurten.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var buurtName = areas.TryGetValue(parameters.BuurtCode, out var area) ? area.Name : parameters.BuurtCode;
        var sameGemeente = SameGemeente(buurtScores, areas, area);

        var indicators = definition
            .Indicators.Select(
                (indicator, j) =>
                {
                    var c = score.Contributions[j];
                    var info = profile.InfoOf(indicator.IndicatorId);
                    var ranks = new PercentileRanks(
                        sameGemeente.Select(b => b.Opgaven[opgaveIndex].Contributions[j].RawValue)
                    );
                    var observation = parameters.Indicators?.Observation(parameters.BuurtCode, indicator.IndicatorId);
                    return new IndicatorExplanation(
                        info,
                        c.RawValue,
                        DutchText.Value(c.RawValue, info, observation, area?.Year),
                        c.Normalised,
                        c.Weight,
                        c.Contribution,
                        indicator.Direction,
                        indicator.Normalisation,
                        ranks.RankOf(c.RawValue)
                    )
                    {
                        Observation = c.RawValue is null ? null : observation,
                    };
                }
            )
            .ToArray();

        var thresholds = parameters.Result.ThresholdsOf(opgaveIndex);
        var keys = definition.KeyIndicatorIds();
        var keyMissing =
            score.Score is null
            && keys.Count > 0
            && definition
                .Indicators.Select((ind, j) => (ind, j))
                .Where(x => keys.Contains(x.ind.IndicatorId))
                .All(x => score.Contributions[x.j].Normalised is null);
        var explanation = new OpgaveExplanation(
            parameters.BuurtCode,
            buurtName,
            area?.Year,
            definition.Id,
            definition.Name,
            score.Score,
            score.Class,
            score.Coverage,
            thresholds.Urgent,
            thresholds.Attention,
            profile.MinimumCoverage,
            indicators,
            string.Empty
        )
        {
            MissingKeyIndicators = keyMissing ? [.. keys.Select(k => profile.InfoOf(k).Name)] : [],
            NotRankedReason = buurtScores[buurtIndex].NotRankedReason,
        };
        return explanation with { Sentence = DutchText.Sentence(explanation) };
    }

    private static BuurtScore[] SameGemeente(
        IReadOnlyList<BuurtScore> scores,
        Dictionary<string, Area> areas,
        Area? buurt
    ) =>
        buurt is null
            ? scores.ToArray()
            : scores
                .Where(b => areas.TryGetValue(b.BuurtCode, out var a) && a.GemeenteCode == buurt.GemeenteCode)
                .ToArray();

    private static int FindIndex<T>(IReadOnlyList<T> items, Func<T, bool> match, string what, string id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        throw new ArgumentException($"No {what} '{id}' in the scoring result.", nameof(id));
    }
}
