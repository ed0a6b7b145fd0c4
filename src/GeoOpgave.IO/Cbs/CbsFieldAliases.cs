using System.Text.RegularExpressions;

namespace GeoOpgave.IO.Cbs;

/// <summary>
/// The one table of CBS field names. CBS publishes the same wijk- en buurtkaart fields as PDOK snake_case
/// (gpkg, WFS: <c>aantal_inwoners</c>), OGC API camelCase (<c>aantalInwoners</c>) and old shapefile
/// upper case (<c>AANT_INW</c>); <see cref="Canonical"/> brings all three to the snake_case name.
/// </summary>
public static partial class CbsFieldAliases
{
    public const string GemeenteCode = "gemeentecode";
    public const string GemeenteNaam = "gemeentenaam";
    public const string WijkCode = "wijkcode";
    public const string WijkNaam = "wijknaam";
    public const string BuurtCode = "buurtcode";
    public const string BuurtNaam = "buurtnaam";
    public const string Jaar = "jaar";
    public const string JrStatCode = "jrstatcode";
    public const string StatCode = "statcode";
    public const string StatNaam = "statnaam";

    /// <summary>
    /// CBS's mark of a changed indeling: 1 when code and boundary of the area are the same as the year before, another
    /// value when they changed. Kept with the kerncijfers so that older values of a changed buurt are converted.
    /// </summary>
    public const string IndelingsWijziging = "indelingswijziging_wijken_en_buurten";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GM_CODE"] = GemeenteCode,
        ["GM_NAAM"] = GemeenteNaam,
        ["WK_CODE"] = WijkCode,
        ["WK_NAAM"] = WijkNaam,
        ["BU_CODE"] = BuurtCode,
        ["BU_NAAM"] = BuurtNaam,
        ["JRSTATCODE"] = JrStatCode,
        ["jaarstatcode"] = JrStatCode,
        ["jaarcode"] = Jaar,
        ["IND_WBI"] = "indelingswijziging_wijken_en_buurten",
        ["POSTCODE"] = "meest_voorkomende_postcode",
        ["DEK_PERC"] = "dekkingspercentage",
        ["OAD"] = "omgevingsadressendichtheid",
        ["STED"] = "stedelijkheid_adressen_per_km2",
        ["BEV_DICHTH"] = "bevolkingsdichtheid_inwoners_per_km2",
        ["AANT_INW"] = "aantal_inwoners",
        ["AANT_MAN"] = "mannen",
        ["AANT_VROUW"] = "vrouwen",
        ["P_00_14_JR"] = "percentage_personen_0_tot_15_jaar",
        ["P_15_24_JR"] = "percentage_personen_15_tot_25_jaar",
        ["P_25_44_JR"] = "percentage_personen_25_tot_45_jaar",
        ["P_45_64_JR"] = "percentage_personen_45_tot_65_jaar",
        ["P_65_EO_JR"] = "percentage_personen_65_jaar_en_ouder",
        ["AANTAL_HH"] = "aantal_huishoudens",
        ["P_EENP_HH"] = "percentage_eenpersoonshuishoudens",
        ["P_HH_Z_K"] = "percentage_huishoudens_zonder_kinderen",
        ["P_HH_M_K"] = "percentage_huishoudens_met_kinderen",
        ["GEM_HH_GR"] = "gemiddelde_huishoudsgrootte",
        ["WONINGEN"] = "woningvoorraad",
        ["WOZ"] = "gemiddelde_woningwaarde",
        ["P_KOOPWON"] = "percentage_koopwoningen",
        ["P_HUURWON"] = "percentage_huurwoningen",
        ["G_GAS_TOT"] = "gemiddeld_gasverbruik_totaal",
        ["G_ELEK_TOT"] = "gemiddeld_elektriciteitsverbruik_totaal",
        ["P_STADVERW"] = "percentage_woningen_met_stadsverwarming",
        ["OPP_TOT"] = "oppervlakte_totaal_in_ha",
        ["OPP_LAND"] = "oppervlakte_land_in_ha",
        ["OPP_WATER"] = "oppervlakte_water_in_ha",
    };

    // Fields that describe an area rather than measure it: never an indicator, even when numeric.
    private static readonly HashSet<string> Descriptive = new(StringComparer.Ordinal)
    {
        "fid",
        "id",
        "ogc_fid",
        "objectid",
        "fuuid",
        GemeenteCode,
        GemeenteNaam,
        WijkCode,
        WijkNaam,
        BuurtCode,
        BuurtNaam,
        Jaar,
        JrStatCode,
        "water",
        IndelingsWijziging,
        "meest_voorkomende_postcode",
        "dekkingspercentage",
        "shape_length",
        "shape_area",
        "shape_leng",
        StatCode,
        StatNaam,
        "rubriek",
    };

    /// <summary>
    /// The snake_case name of a field: the alias table first, then camelCase split into words
    /// (<c>percentagePersonen0Tot15Jaar</c> → <c>percentage_personen_0_tot_15_jaar</c>), else lower case.
    /// </summary>
    public static string Canonical(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var trimmed = field.Trim();
        if (Aliases.TryGetValue(trimmed, out var alias))
        {
            return alias;
        }

        if (trimmed.Contains('_', StringComparison.Ordinal) || !trimmed.Any(char.IsAsciiLetterLower))
        {
            return trimmed.ToLowerInvariant();
        }

        var snake = CamelBoundary().Replace(trimmed, "_").ToLowerInvariant();
        // "PerKm2" is one word in the snake_case names (stedelijkheid_adressen_per_km2).
        return snake.Replace("_km_2", "_km2", StringComparison.Ordinal);
    }

    /// <summary>True for canonical names that identify or describe an area (codes, names, year, water flag).</summary>
    public static bool IsDescriptive(string canonical) => Descriptive.Contains(canonical);

    [GeneratedRegex(
        "(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex CamelBoundary();
}
