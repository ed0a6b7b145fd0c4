namespace GeoOpgave.Core.Profiles;

/// <summary>
/// An opgave profile: which indicators make up each opgave, how they are weighted, when an opgave
/// counts as urgent, and which koppelkansen exist.
/// </summary>
/// <param name="Id">Stable id, e.g. "standaard".</param>
/// <param name="Version">Increases with every saved change.</param>
/// <param name="Name">Dutch display name.</param>
/// <param name="UrgentThreshold">Score (0–100) from which an opgave is urgent (class hoog).</param>
/// <param name="AttentionThreshold">Score (0–100) from which an opgave is class midden.</param>
/// <param name="MinimumCoverage">
/// Share (0–1) of an opgave's total weight that must have data in a buurt; below it the opgave is onbekend there.
/// </param>
public sealed record Profile(
    string Id,
    int Version,
    string Name,
    double UrgentThreshold,
    double AttentionThreshold,
    double MinimumCoverage,
    IReadOnlyList<OpgaveDefinition> Opgaven,
    IReadOnlyList<KoppelkansDefinition> Koppelkansen);
