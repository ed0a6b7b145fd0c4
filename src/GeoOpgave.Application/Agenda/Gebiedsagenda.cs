using GeoOpgave.Application.Analysis;

namespace GeoOpgave.Application.Agenda;

/// <summary>
/// The integrated area agenda of a buurt, a wijk or a selectie: where opgaven pile up, why, and what can be combined.
/// </summary>
/// <param name="Title">E.g. "Gebiedsagenda Kerkbuurt".</param>
/// <param name="Summary">One Dutch sentence on the area's overlap.</param>
/// <param name="GeneratedAt">When the agenda was made (from the host's <see cref="TimeProvider"/>).</param>
/// <param name="Population">Inhabitants of the buurten with a known population.</param>
/// <param name="ShareInOverlap">Share (0–1) of those inhabitants in buurten with overlap ≥ 2; null without
/// population.</param>
/// <param name="Buurten">By priority rank.</param>
/// <param name="Opgaven">Most urgent buurten first, then by score.</param>
public sealed record Gebiedsagenda(
    string Title,
    string Summary,
    ProfileInfo Profiel,
    int Year,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<AgendaArea> Areas,
    int BuurtCount,
    double Population,
    int BuurtenWithoutPopulation,
    IReadOnlyList<OverlapCount> Overlap,
    double? ShareInOverlap,
    IReadOnlyList<AgendaBuurt> Buurten,
    IReadOnlyList<AgendaOpgave> Opgaven,
    IReadOnlyList<AgendaIndicator> Indicators,
    IReadOnlyList<AgendaKoppelkans> Koppelkansen)
{
    /// <summary>The planned works of the area, their combinations, the plans worth shifting and the
    /// conflicts.</summary>
    public AgendaPlanning Planning { get; init; } = AgendaPlanning.Empty;
}
