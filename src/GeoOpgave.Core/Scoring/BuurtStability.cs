namespace GeoOpgave.Core.Scoring;

/// <summary>How firmly a buurt holds its place in the top k when the weights move.</summary>
/// <param name="BaseRank">Priority rank (1 = first) with the unperturbed weights.</param>
/// <param name="InBaseTopK">Whether the buurt is in the top k with the unperturbed weights.</param>
/// <param name="RunsInTopK">In how many of the perturbed runs it was in the top k.</param>
/// <param name="ShareInTopK">RunsInTopK / runs, 0–1.</param>
public sealed record BuurtStability(
    string BuurtCode,
    int BaseRank,
    bool InBaseTopK,
    int RunsInTopK,
    double ShareInTopK
);
