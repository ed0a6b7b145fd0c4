namespace GeoOpgave.Application.Audit;

/// <summary>The actions the audit log records; stable strings, because exports and filters rely on them.</summary>
public static class AuditActions
{
    public const string LayerImported = "laag.geimporteerd";

    public const string LayerDeleted = "laag.verwijderd";

    /// <summary>A derived indicator was (re)computed from a layer and its values replaced.</summary>
    public const string IndicatorComputed = "indicator.berekend";

    /// <summary>A catalogue indicator was bound to a layer (and, for a table, an expression over its
    /// columns).</summary>
    public const string IndicatorBound = "indicator.gekoppeld";

    public const string AreasImported = "gebieden.geimporteerd";

    public const string UserAdded = "gebruiker.toegevoegd";

    public const string UserRemoved = "gebruiker.verwijderd";

    public const string UserRolesChanged = "gebruiker.rollen";

    public const string Exported = "export";

    public const string SelectieSaved = "selectie.opgeslagen";

    public const string SelectieChanged = "selectie.gewijzigd";

    public const string SelectieDeleted = "selectie.verwijderd";

    public const string ProfileSaved = "profiel.opgeslagen";

    public const string SetupLinkIssued = "setuplink.aangemaakt";

    public const string SetupLinkUsed = "setuplink.gebruikt";
}
