namespace GeoOpgave.Core.Scoring;

/// <summary>One opgave in a wijk or gemeente.</summary>
/// <param name="Score">Population-weighted mean (0–100) over the buurten with a known score and population; null when
/// there are none.</param>
/// <param name="PopulationCoverage">Share (0–1) of the counted population living in buurten where the opgave is
/// known.</param>
public sealed record OpgaveRollUp(string OpgaveId, double? Score, double PopulationCoverage);
