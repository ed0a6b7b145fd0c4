namespace GeoOpgave.Application.Status;

/// <summary>What a profile can score in a boundary year, and what is still missing.</summary>
/// <param name="Profiel">The profile id.</param>
/// <param name="Year">The boundary year of the buurten.</param>
/// <param name="MaximumAgeYears">How old a value may be (the profile's setting).</param>
/// <param name="Buurten">How many buurten that year has.</param>
/// <param name="Opgaven">Per opgave the buurten scored of those ranked, in profile order.</param>
/// <param name="Indicators">Per indicator of the profile where it has values, in profile order.</param>
public sealed record WorkspaceStatus(
    string Profiel,
    int Year,
    int MaximumAgeYears,
    int Buurten,
    IReadOnlyList<OpgaveStatus> Opgaven,
    IReadOnlyList<IndicatorStatus> Indicators)
{
    /// <summary>The buurten left out of the ranking (almost nobody lives there, or mostly water): not counted as
    /// missing.</summary>
    public int NotRanked { get; init; }

    /// <summary>The gemeenten of the workspace without buurten of <see cref="Year"/>, which the analysis leaves
    /// out.</summary>
    public IReadOnlyList<GemeenteGap> GemeentenLeftOut { get; init; } = [];

    /// <summary>The indicators that lack a value in at least one buurt.</summary>
    public IEnumerable<IndicatorStatus> Missing => Indicators.Where(i => i.Known < i.Buurten);
}
