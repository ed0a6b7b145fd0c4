using GeoOpgave.IO.Cbs;

namespace GeoOpgave.IO.Tests.Cbs;

public class IndicatorColumnNamesTests
{
    [Theory]
    [InlineData("gemiddeld_gasverbruik_totaal", "gemiddeld_gasverbruik_totaal")]
    [InlineData("gemiddeldGasverbruikTotaal", "gemiddeld_gasverbruik_totaal")]
    [InlineData("G_GAS_TOT", "gemiddeld_gasverbruik_totaal")]
    [InlineData("aardgasverbruik_m3_gemiddeld", "gemiddeld_gasverbruik_totaal")]
    [InlineData("Gemiddeld aardgasverbruik totaal (m³)", "gemiddeld_gasverbruik_totaal")]
    [InlineData(
        "Inkomen/Inkomen van huishoudens/Huishoudens met een laag inkomen (%)",
        "percentage_huishoudens_met_laag_inkomen"
    )]
    [InlineData(
        "Huishoudens onder of rond sociaal minimum (%)",
        "percentage_huishoudens_onder_of_rond_sociaal_minimum"
    )]
    [InlineData(
        "Sociale zekerheid/Personen met een algemene bijstandsuitkering (aantal)",
        "aantal_personen_met_een_alg_bijstandsuitkering_tot"
    )]
    [InlineData("Gemiddelde WOZ-waarde van woningen (x 1 000 euro)", "gemiddelde_woningwaarde")]
    [InlineData("percentageHuurwoningenInBezitWoningcorporaties", "perc_huurwoningen_in_bezit_woningcorporaties")]
    [InlineData("leefbarometer_score", "leefbaarometer_score")]
    [InlineData("SES-WOA/Totaalscore/Gemiddelde score (Getal)", "ses_woa_totaalscore")]
    [InlineData("bouwjaar_vanaf_2000_percentage", "percentage_bouwjaarklasse_vanaf_2000")]
    public void Recognise_NameAnAnalystMeets_GivesTheCatalogueId(string header, string expected) =>
        Assert.Equal(expected, IndicatorColumnNames.Recognise(header));

    [Theory]
    [InlineData("regio")]
    [InlineData("afstand_tot_cafe_km")]
    [InlineData("Opleidingsniveau/Laag/Waarde (%)")]
    [InlineData("  ")]
    public void Recognise_UnknownName_IsNull(string header) => Assert.Null(IndicatorColumnNames.Recognise(header));
}
