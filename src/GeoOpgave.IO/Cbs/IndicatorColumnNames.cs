using System.Text;

namespace GeoOpgave.IO.Cbs;

/// <summary>
/// Recognises the column names a Dutch analyst meets for the indicators GeoOpgave knows, so that a table fills
/// them without a binding: the KWB fields in every naming (PDOK snake_case, OGC API camelCase, shapefile upper
/// case through <see cref="CbsFieldAliases"/>), StatLine column titles ("Huishoudens met een laag inkomen (%)",
/// with or without their topic path), renames between the 2016 and 2025 KWB, and the names third parties give
/// CBS Energieverbruik woningen, the Leefbaarometer and SES-WOA.
/// </summary>
public static class IndicatorColumnNames
{
    // Keys are titles in the form Key() gives them: last path segment, unit in brackets dropped, snake_case.
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        // StatLine titles of the kerncijfers wijken en buurten.
        ["aantal_inwoners"] = "aantal_inwoners",
        ["huishoudens_met_een_laag_inkomen"] = "percentage_huishoudens_met_laag_inkomen",
        ["huishoudens_met_laag_inkomen"] = "percentage_huishoudens_met_laag_inkomen",
        ["huishoudens_onder_of_rond_sociaal_minimum"] = "percentage_huishoudens_onder_of_rond_sociaal_minimum",
        ["jongeren_met_jeugdzorg_in_natura"] = "percentage_jongeren_met_jeugdzorg_in_natura",
        ["personen_met_een_algemene_bijstandsuitkering"] = "aantal_personen_met_een_alg_bijstandsuitkering_tot",
        ["bijstand"] = "aantal_personen_met_een_alg_bijstandsuitkering_tot",
        ["gemiddelde_woz_waarde_van_woningen"] = "gemiddelde_woningwaarde",
        ["gemiddelde_woningwaarde"] = "gemiddelde_woningwaarde",
        ["woningvoorraad"] = "woningvoorraad",
        ["gemiddeld_aardgasverbruik_totaal"] = "gemiddeld_gasverbruik_totaal",
        ["gemiddeld_gasverbruik_totaal"] = "gemiddeld_gasverbruik_totaal",
        ["gemiddeld_elektriciteitsverbruik_totaal"] = "gemiddeld_elektriciteitsverbruik_totaal",
        ["woningen_met_stadsverwarming"] = "percentage_woningen_met_stadsverwarming",
        ["in_bezit_woningcorporatie"] = "perc_huurwoningen_in_bezit_woningcorporaties",
        ["huurwoningen_in_bezit_woningcorporaties"] = "perc_huurwoningen_in_bezit_woningcorporaties",
        ["bouwjaar_voor_2000"] = "percentage_bouwjaarklasse_tot_2000",
        ["bouwjaar_vanaf_2000"] = "percentage_bouwjaarklasse_vanaf_2000",
        ["percentage_onbewoond"] = "percentage_leegstand_woningen",
        ["onbewoond"] = "percentage_leegstand_woningen",
        ["omgevingsadressendichtheid"] = "omgevingsadressendichtheid",
        ["personen_65_jaar_of_ouder"] = "percentage_personen_65_jaar_en_ouder",

        // KWB renames over the years (older name first).
        ["percentage_huurwoningen_in_bezit_woningcorporaties"] = "perc_huurwoningen_in_bezit_woningcorporaties",
        ["percentage_huishoudens_met_een_laag_inkomen"] = "percentage_huishoudens_met_laag_inkomen",
        ["gemiddeld_aardgasverbruik_totaal_m3"] = "gemiddeld_gasverbruik_totaal",
        ["gemiddelde_woz_waarde_woning"] = "gemiddelde_woningwaarde",
        ["percentage_personen_65_jaar_en_ouder"] = "percentage_personen_65_jaar_en_ouder",

        // Third-party merges of CBS Energieverbruik woningen, KWB, Leefbaarometer and SES-WOA.
        ["aardgasverbruik_m3_gemiddeld"] = "gemiddeld_gasverbruik_totaal",
        ["elektriciteitsverbruik_kwh_gemiddeld"] = "gemiddeld_elektriciteitsverbruik_totaal",
        ["bouwjaar_vanaf_2000_percentage"] = "percentage_bouwjaarklasse_vanaf_2000",
        ["koopwoning_percentage"] = "percentage_koopwoningen",
        ["meergezinswoning_percentage"] = "percentage_meergezinswoning",
        ["bewoond_percentage"] = "percentage_bewoond",
        ["leefbarometer_score"] = "leefbaarometer_score",
        ["leefbaarometer_score"] = "leefbaarometer_score",
        ["lbm"] = "leefbaarometer_score",
        ["social_economische_score_gemiddeld"] = "ses_woa_totaalscore",
        ["gemiddelde_score"] = "ses_woa_totaalscore",
        ["ses_woa_totaalscore"] = "ses_woa_totaalscore",
    };

    /// <summary>The indicator id a column fills without a binding, or null when the name is not recognised.</summary>
    public static string? Recognise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = Key(header);
        if (key.Length == 0)
        {
            return null;
        }

        if (Known.TryGetValue(key, out var id))
        {
            return id;
        }

        // A KWB field in camelCase or shapefile upper case, or a StatLine title that already names the field.
        var canonical = CbsFieldAliases.Canonical(header.Trim());
        return Known.TryGetValue(canonical, out var viaAlias) ? viaAlias : null;
    }

    /// <summary>The last segment of a StatLine topic path, without its unit in brackets, in snake_case.</summary>
    internal static string Key(string header)
    {
        var title = header.Trim();
        var slash = title.LastIndexOf('/');
        if (slash >= 0)
        {
            // "SES-WOA/Totaalscore/Gemiddelde score (Getal)" keeps its parent so that generic titles stay specific.
            var parent = title[..slash].Split('/')[^1].Trim().ToLowerInvariant();
            title = parent is "totaalscore" ? "ses_woa_totaalscore" : title[(slash + 1)..];
        }

        var bracket = title.IndexOf('(', StringComparison.Ordinal);
        if (bracket > 0)
        {
            title = title[..bracket];
        }

        return SnakeCase(title);
    }

    /// <summary>A name in snake_case: lower case ASCII letters and digits, every run of other characters one
    /// '_'.</summary>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }

        return key.ToString().TrimEnd('_');
    }
}
