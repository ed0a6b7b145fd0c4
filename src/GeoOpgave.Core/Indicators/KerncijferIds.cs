namespace GeoOpgave.Core.Indicators;

/// <summary>
/// The CBS kerncijfers the engine itself relies on, by their indicator id (the snake_case field names of the wijk- en
/// buurtkaart): one place for the ids that weighting, ranking and rates look up.
/// </summary>
public static class KerncijferIds
{
    /// <summary>Inhabitants: what roll-ups weight by, and with dwellings whether a buurt is ranked.</summary>
    public const string AantalInwoners = "aantal_inwoners";

    /// <summary>Dwellings.</summary>
    public const string Woningvoorraad = "woningvoorraad";

    /// <summary>Water surface in hectares; with the total surface, whether a buurt is mostly water.</summary>
    public const string OppervlakteWater = "oppervlakte_water_in_ha";

    /// <summary>
    /// The kaart's water flag as a number: 1 where CBS marks the area as water (<c>water</c> = "JA"), 0 where not.
    /// Older kaarten leave the surfaces of such an area empty, so the flag is what says it is water.
    /// </summary>
    public const string Water = "water";

    /// <summary>Total surface (land and water) in hectares.</summary>
    public const string OppervlakteTotaal = "oppervlakte_totaal_in_ha";

    /// <summary>The CBS stedelijkheid class (1 zeer sterk … 5 niet stedelijk), as the kaart publishes it.</summary>
    public const string Stedelijkheid = "stedelijkheid_adressen_per_km2";
}
