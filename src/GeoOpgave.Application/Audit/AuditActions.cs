namespace GeoOpgave.Application.Audit;

/// <summary>The actions the audit log records; stable strings, because exports and filters rely on them.</summary>
public static class AuditActions
{
    public const string LayerImported = "laag.geimporteerd";

    public const string LayerDeleted = "laag.verwijderd";

    public const string UserAdded = "gebruiker.toegevoegd";

    public const string UserRemoved = "gebruiker.verwijderd";

    public const string UserRolesChanged = "gebruiker.rollen";

    public const string Exported = "export";

    public const string SelectieSaved = "selectie.opgeslagen";

    public const string SelectieChanged = "selectie.gewijzigd";

    public const string SelectieDeleted = "selectie.verwijderd";
}
