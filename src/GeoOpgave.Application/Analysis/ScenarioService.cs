using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Analysis;

/// <summary>Scenario comparison: scores the same buurten with two profiles and sets overlap and priority side by
/// side.</summary>
public sealed class ScenarioService(AnalysisService analysis)
{
    /// <exception cref="GeoOpgaveException">
    /// A missing or out-of-range parameter (code "parameter-ongeldig"), an unknown profiel or an empty workspace.
    /// </exception>
    public async Task<ScenarioComparison> CompareAsync(ScenarioRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ParameterIssue.ThrowIfAny(request.Validate());

        var profileA = analysis.Profile(request.Profiel);
        var profileB = analysis.Profile(request.Met);
        // One read of the workspace for both scenarios, so both score exactly the same buurten and values.
        var snapshot = await analysis.LoadAsync(request.Year, cancellationToken);
        var a = analysis.Build(snapshot, profileA, new HotSpotOptions());
        var b = analysis.Build(snapshot, profileB, new HotSpotOptions());
        var comparison = CompareScenarios.Run(new ScenarioComparisonParameters(a.Scoring, b.Scoring, request.TopK));

        var areas = snapshot.Buurten.ToDictionary(x => x.Code, StringComparer.Ordinal);
        var buurten = comparison.Buurten
            .OrderBy(c => c.RankA ?? int.MaxValue)
            .Select(c => new BuurtScenario(
                c.BuurtCode,
                areas[c.BuurtCode].Name,
                areas[c.BuurtCode].WijkCode,
                c.OverlapA,
                c.OverlapB,
                c.OverlapDifference,
                c.RankA,
                c.RankB,
                c.RankDifference,
                c.CombinedScoreA,
                c.CombinedScoreB
            ))
            .ToArray();
        var report = new ScenarioReport(
            ProfileInfo.Of(profileA), ProfileInfo.Of(profileB), snapshot.Year, comparison.TopK,
            comparison.Entering, comparison.Leaving, buurten.Count(x => x.OverlapDifference != 0), buurten);
        return new ScenarioComparison(a, b, report);
    }
}
