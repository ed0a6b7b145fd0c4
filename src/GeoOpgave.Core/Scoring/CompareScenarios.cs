namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Sets two scoring results side by side per buurt: overlap and priority rank in each and their
/// difference, and which buurten enter or leave the top k. Only buurten present in both results are
/// compared. A pure function of its parameters.
/// </summary>
public static class CompareScenarios
{
    public static ScenarioComparisonResult Run(ScenarioComparisonParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var b = parameters.Alternative.Buurten.ToDictionary(x => x.BuurtCode, StringComparer.Ordinal);
        var rows = parameters.Baseline.Buurten
            .Where(a => b.ContainsKey(a.BuurtCode))
            .Select(a => (A: a, B: b[a.BuurtCode]))
            .ToArray();
        var comparisons = rows.Select(r => new BuurtComparison(
                r.A.BuurtCode,
                r.A.Overlap,
                r.B.Overlap,
                RankOf(r.A),
                RankOf(r.B),
                r.A.CombinedScore,
                r.B.CombinedScore
            ))
            .ToArray();
        var k = parameters.TopK;
        var entering = rows.Where(r => r.B.PriorityOrder <= k && r.A.PriorityOrder > k)
            .OrderBy(r => r.B.PriorityOrder).Select(r => r.A.BuurtCode).ToArray();
        var leaving = rows.Where(r => r.A.PriorityOrder <= k && r.B.PriorityOrder > k)
            .OrderBy(r => r.A.PriorityOrder).Select(r => r.A.BuurtCode).ToArray();
        return new ScenarioComparisonResult(k, comparisons, entering, leaving);
    }

    private static int? RankOf(BuurtScore score) => score.PriorityRank > 0 ? score.PriorityRank : null;
}
