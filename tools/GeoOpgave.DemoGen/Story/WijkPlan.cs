using NetTopologySuite.Geometries;

namespace GeoOpgave.DemoGen.Story;

/// <summary>
/// One wijk of the plan: its code, name and type, the anchor that pulls buurten into it (a power diagram:
/// a point belongs to the wijk with the least squared distance minus <see cref="Weight"/>), how many
/// buurt seeds it gets, and the buurt names it hands out in order.
/// </summary>
internal sealed record WijkPlan(
    string Code,
    string Name,
    WijkType Type,
    Coordinate Anchor,
    double Weight,
    int Seeds,
    IReadOnlyList<string> BuurtNames
)
{
    public const string GemeenteCode = "GM9999";
    public const string GemeenteNaam = "Demodam";
    public const int Jaar = 2024;

    /// <summary>The six wijken of Demodam, relative to <see cref="Layout.Landscape.Centre"/>.</summary>
    public static IReadOnlyList<WijkPlan> All { get; } =
    [
        new(
            "WK999900",
            "Oude Kern",
            WijkType.OudeKern,
            Offset(300, -1_700),
            -900_000,
            7,
            [
                "Binnenstad",
                "Havenkwartier",
                "Kerkbuurt",
                "Vestingwal",
                "Marktveld",
                "Poortbuurt",
                "Begijnhof",
                "Oude Haven",
            ]
        ),
        new(
            "WK999901",
            "Molenwijk",
            WijkType.Naoorlogs,
            Offset(1_900, -700),
            500_000,
            10,
            [
                "Molenwijk-Noord",
                "De Wieken",
                "Bloemenbuurt",
                "Schildersbuurt",
                "Componistenbuurt",
                "Zuiderpark",
                "Oranjebuurt",
                "Vogelbuurt",
                "Rivierenbuurt",
                "Molenwijk-Zuid",
                "Sterrenbuurt",
            ]
        ),
        new(
            "WK999902",
            "Nieuwland",
            WijkType.Nieuwbouw,
            Offset(400, 1_300),
            600_000,
            9,
            [
                "Nieuwland-Noord",
                "Waterrijk",
                "De Hoven",
                "Eilandenbuurt",
                "Boomgaard",
                "Kavelbuurt",
                "Zonnehof",
                "Nieuwland-Zuid",
                "De Lanen",
                "Rietlanden",
            ]
        ),
        new(
            "WK999903",
            "Buitenpolder",
            WijkType.Polder,
            Offset(-2_600, -1_000),
            2_200_000,
            6,
            ["Uiterwaard", "Middelweg", "Wetering", "Veldzicht", "Kromme Akker", "Hooiland", "Griendweg"]
        ),
        new(
            "WK999904",
            "Parkwijk",
            WijkType.Gemengd,
            Offset(-1_300, 900),
            300_000,
            8,
            [
                "Julianapark",
                "Lindenhof",
                "Stationsbuurt",
                "Bolwerk",
                "Kastanjelaan",
                "Eikenhorst",
                "Spoorzicht",
                "Beukenrode",
                "Parkzoom",
            ]
        ),
        new(
            "WK999905",
            "Bosrand",
            WijkType.Gemengd,
            Offset(2_500, 1_200),
            300_000,
            8,
            [
                "Heidezoom",
                "Sportpark",
                "Bedrijventerrein De Vaart",
                "Brinkhoven",
                "Akkerlanden",
                "Hoogveld",
                "Zandweg",
                "Dorpsstraat",
                "Bosweg",
            ]
        ),
    ];

    /// <summary>The name of the enclave buurt (a lake with a park around it) cut out of one Nieuwland buurt.</summary>
    public const string EnclaveName = "Plas en Park";

    /// <summary>The name the two scattered polder parts get once merged into one (MultiPolygon) buurt.</summary>
    public const string ScatteredName = "Verspreide huizen Buitenpolder";

    /// <summary>The wijk a point falls in.</summary>
    public static WijkPlan At(Coordinate point) =>
        All.MinBy(w => (w.Anchor.Distance(point) * w.Anchor.Distance(point)) - w.Weight)!;

    private static Coordinate Offset(double dx, double dy) =>
        new(Layout.Landscape.Centre.X + dx, Layout.Landscape.Centre.Y + dy);
}
