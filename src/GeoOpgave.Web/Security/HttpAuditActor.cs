using GeoOpgave.Application.Audit;

namespace GeoOpgave.Web.Security;

/// <summary>The signed-in (or local) user of the current request, as the audit log names them.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    /// <summary>The key of <see cref="HttpContext.Items"/> under which an anonymous request that acts on the system's
    /// behalf (the one-time setup link) names itself for the audit log.</summary>
    public const string ActorItem = "geoopgave.audit-actor";

    public string Name =>
        accessor.HttpContext switch
        {
            { Items: var items }
                when items.TryGetValue(ActorItem, out var actor) && actor is string { Length: > 0 } named => named,
            { User.Identity: { IsAuthenticated: true, Name: { Length: > 0 } name } } => name,
            null => SetupLinkStartup.AuditUser, // no request: the app itself, e.g. loading the demo at start-up
            _ => "anoniem",
        };
}
