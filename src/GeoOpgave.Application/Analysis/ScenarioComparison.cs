namespace GeoOpgave.Application.Analysis;

/// <summary>Both analyses of a scenario comparison and the report that sets them side by side.</summary>
public sealed record ScenarioComparison(AnalysisResult Baseline, AnalysisResult Alternative, ScenarioReport Report);
