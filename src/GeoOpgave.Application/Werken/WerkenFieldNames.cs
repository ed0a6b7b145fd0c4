namespace GeoOpgave.Application.Werken;

/// <summary>The attribute names of a stored work, and the source field names recognised when none is given.</summary>
public static class WerkenFieldNames
{
    public const string Soort = "werksoort";
    public const string Start = "start";
    public const string Eind = "eind";
    public const string Eigenaar = "eigenaar";
    public const string Status = "status";
    public const string Naam = "naam";

    /// <summary>How a work is placed: <see cref="PlacedByBuurtcode"/> for a work of a list by buurt code, whose
    /// geometry is its whole buurt; absent for a work with its own geometry.</summary>
    public const string Plaatsing = "plaatsing";

    public const string PlacedByBuurtcode = "buurtcode";

    /// <summary>Common source names per role, first match wins (case-insensitive).</summary>
    public static readonly IReadOnlyList<string> TypeDefaults =
    [
        "werksoort",
        "soort",
        "type",
        "soort_werk",
        "typewerk",
        "type_werk",
        "maatregel",
        "categorie",
    ];

    public static readonly IReadOnlyList<string> StartDefaults =
    [
        "start",
        "startjaar",
        "aanlegjaar",
        "uitvoeringsjaar",
        "jaar",
        "planjaar",
        "begin",
        "beginjaar",
        "startdatum",
        "begindatum",
    ];

    public static readonly IReadOnlyList<string> EndDefaults =
    [
        "eind",
        "eindjaar",
        "opleverjaar",
        "einddatum",
        "opleverdatum",
    ];

    public static readonly IReadOnlyList<string> OwnerDefaults =
    [
        "eigenaar",
        "beheerder",
        "opdrachtgever",
        "initiatiefnemer",
        "organisatie",
        "netbeheerder",
    ];

    public static readonly IReadOnlyList<string> StatusDefaults = ["status", "fase", "planstatus"];

    public static readonly IReadOnlyList<string> NameDefaults =
    [
        "naam",
        "omschrijving",
        "projectnaam",
        "project",
        "titel",
        "name",
    ];
}
