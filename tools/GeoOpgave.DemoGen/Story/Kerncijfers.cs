using NetTopologySuite.Features;

namespace GeoOpgave.DemoGen.Story;

/// <summary>Which cells CBS leaves out for an area, and with which sentinel.</summary>
internal enum Suppression
{
    None,

    /// <summary>Too few people: figures about them are secret (-99997).</summary>
    Geheim,

    /// <summary>A few figures not (yet) available (-99995).</summary>
    NietBeschikbaar,
}

/// <summary>
/// Writes area figures as the PDOK wijk- en buurtkaart 2024 fields (snake_case), rounded as CBS rounds them:
/// integers as long, the youth-care percentage as double, sentinels in the same type as the field.
/// </summary>
internal static class Kerncijfers
{
    private const long Geheim = -99_997;
    private const long NietBeschikbaar = -99_995;

    private static readonly (string Name, Func<BuurtFigures, object> Value, bool Personal, bool Unavailable)[] Fields =
    [
        ("aantal_inwoners", f => Round(f.Inwoners, 5), false, false),
        ("aantal_huishoudens", f => Round(f.Huishoudens, 5), false, false),
        ("bevolkingsdichtheid_inwoners_per_km2", f => Round(f.Inwoners / (f.LandHa / 100), 1), false, false),
        ("omgevingsadressendichtheid", f => Round(f.AdresDichtheid, 1), false, false),
        ("percentage_personen_0_tot_15_jaar", f => Round(f.Kinderen0Tot15, 1), true, false),
        ("percentage_personen_65_jaar_en_ouder", f => Round(f.Ouderen65, 1), true, false),
        ("woningvoorraad", f => Round(f.Woningen, 1), false, false),
        ("gemiddelde_woningwaarde", f => Round(f.WozThousands, 1), true, true),
        ("percentage_koopwoningen", f => Round(f.Koop, 1), true, false),
        ("percentage_huurwoningen", f => Round(f.Huur, 1), true, false),
        ("perc_huurwoningen_in_bezit_woningcorporaties", f => Round(f.Corporatie, 1), true, false),
        ("percentage_bouwjaarklasse_tot_2000", f => Round(f.Tot2000, 1), true, false),
        ("percentage_bouwjaarklasse_vanaf_2000", f => Round(100 - f.Tot2000, 1), true, false),
        ("percentage_leegstand_woningen", f => Round(f.Leegstand, 1), true, false),
        ("gemiddeld_gasverbruik_totaal", f => Round(f.GasM3, 10), true, false),
        ("gemiddeld_elektriciteitsverbruik_totaal", f => Round(f.ElektriciteitKwh, 10), true, true),
        ("percentage_woningen_met_stadsverwarming", f => Round(f.Stadsverwarming, 1), true, false),
        ("percentage_huishoudens_met_laag_inkomen", f => Round(f.LaagInkomen, 1), true, false),
        ("percentage_huishoudens_onder_of_rond_sociaal_minimum", f => Round(f.SociaalMinimum, 1), true, false),
        ("aantal_personen_met_een_alg_bijstandsuitkering_tot", f => Round(f.Bijstand, 10), true, false),
        (
            "percentage_jongeren_met_jeugdzorg_in_natura",
            f => Math.Round(f.Jeugdzorg, 1, MidpointRounding.AwayFromZero),
            true,
            true
        ),
        ("oppervlakte_land_in_ha", f => Round(f.LandHa, 1), false, false),
    ];

    /// <summary>The kerncijfer field names, in the order they are written.</summary>
    public static IEnumerable<string> FieldNames => Fields.Select(f => f.Name);

    /// <summary>Adds the figures to <paramref name="table"/>, with sentinels where <paramref name="suppression"/>
    /// says.</summary>
    public static void Add(AttributesTable table, BuurtFigures figures, Suppression suppression)
    {
        foreach (var (name, value, personal, unavailable) in Fields)
        {
            var v = value(figures);
            var sentinel = suppression switch
            {
                Suppression.Geheim when personal => Geheim,
                Suppression.NietBeschikbaar when unavailable => NietBeschikbaar,
                _ => (long?)null,
            };
            table.Add(name, sentinel is { } s ? (v is double ? (object)(double)s : s) : v);
        }
    }

    private static long Round(double value, int to) =>
        (long)Math.Round(value / to, MidpointRounding.AwayFromZero) * to;
}
