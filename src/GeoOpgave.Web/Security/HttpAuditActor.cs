using GeoOpgave.Application.Audit;

namespace GeoOpgave.Web.Security;

/// <summary>The signed-in (or local) user of the current request, as the audit log names them.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
        ? name
        : "anoniem";
}
