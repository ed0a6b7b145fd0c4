namespace GeoOpgave.Application.Analysis;

/// <summary>How firmly a buurt holds its place in the top k when the weights move.</summary>
/// <param name="BaseRank">Priority rank with the profile's own weights.</param>
/// <param name="ShareInTopK">Share (0–1) of the runs in which the buurt was in the top k.</param>
public sealed record BuurtSensitivity(
    string Code,
    string Name,
    string? WijkCode,
    int BaseRank,
    bool InBaseTopK,
    int RunsInTopK,
    double ShareInTopK);
