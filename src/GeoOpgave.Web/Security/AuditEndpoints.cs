using System.Text;
using GeoOpgave.Application.Audit;
using GeoOpgave.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The audit log for the beheerder: <c>GET /api/audit</c> (JSON, newest first) and <c>GET /api/audit.csv</c>.
/// There is deliberately no way to change or delete entries.
/// </summary>
public static class AuditEndpoints
{
    private const int DefaultLimit = 1000;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api").WithTags("Audit").RequireAuthorization(Policies.Beheerder);
        audit.MapGet("/audit", ListAsync)
            .Describe("AuditLog", "Het auditlogboek, nieuwste eerst (standaard 1000 regels, ?limit=).");
        audit.MapGet("/audit.csv", CsvAsync).Describe("AuditLogCsv", "Het auditlogboek als CSV (scheidingsteken ;).");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> ListAsync(
        int? limit,
        AuditLog audit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(audit);
        return TypedResults.Ok(await audit.ListAsync(limit ?? DefaultLimit, cancellationToken));
    }

    public static async Task<FileContentHttpResult> CsvAsync(
        int? limit,
        AuditLog audit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(audit);
        var entries = await audit.ListAsync(limit ?? DefaultLimit, cancellationToken);
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await AuditCsv.WriteAsync(writer, entries, cancellationToken);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)
            .GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(writer.ToString()))
            .ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", "auditlog.csv");
    }
}
