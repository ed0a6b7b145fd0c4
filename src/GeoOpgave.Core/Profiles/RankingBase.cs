namespace GeoOpgave.Core.Profiles;

/// <summary>
/// Which buurten are ranked, and among which others. A buurt where almost nobody lives, or that is mostly water, says
/// little with its percentages (a share of 6 dwellings jumps with one house), so it is left out of the percentiles
/// and the priority ranking and shown as "niet gerangschikt" with the reason.
/// </summary>
/// <param name="MinimumResidents">
/// Fewer residents than this (indicator <c>aantal_inwoners</c>) and fewer dwellings than
/// <paramref name="MinimumDwellings"/>: not ranked. A count that is unknown does not count against the buurt.
/// </param>
/// <param name="MinimumDwellings">The dwellings (indicator <c>woningvoorraad</c>) that go with
/// <paramref name="MinimumResidents"/>.</param>
/// <param name="MaximumWaterShare">
/// A larger share (0–1) of water in the buurt's surface (<c>oppervlakte_water_in_ha</c> ÷
/// <c>oppervlakte_totaal_in_ha</c>): not ranked.
/// </param>
/// <param name="Reference">Which buurten the relative normalisations rank among.</param>
public sealed record RankingBase(
    int MinimumResidents,
    int MinimumDwellings,
    double MaximumWaterShare,
    RankingReference Reference
)
{
    /// <summary>The base of a profile that sets none: at least 50 residents or 50 dwellings, at most half water, per
    /// gemeente.</summary>
    public static RankingBase Default { get; } = new(50, 50, 0.5, RankingReference.Gemeente);
}
