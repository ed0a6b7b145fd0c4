using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Audit;

/// <summary>
/// A trigger that refuses new audit rows with "audit weg", so that an audited change fails at its last step and must
/// leave nothing behind.
/// </summary>
public static class AuditRefusal
{
    /// <summary>Refuses every new audit row, or only those of <paramref name="action"/>; on SQLite and
    /// PostgreSQL.</summary>
    public static async Task InstallAsync(IServiceProvider services, string? action = null)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().MigrateAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<GeoOpgaveDbContext>();
        var when = action is null ? "true" : $"NEW.action = '{action}'";
        await db.Database.ExecuteSqlRawAsync(
            db.Database.IsSqlite()
                ? $"CREATE TRIGGER audit_weg BEFORE INSERT ON audit_log WHEN {when} BEGIN SELECT RAISE(ABORT, 'audit weg'); END;"
                : $"""
                CREATE FUNCTION audit_weg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit weg'; END $$;
                CREATE TRIGGER audit_weg BEFORE INSERT ON audit_log FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION audit_weg();
                """
        );
    }
}
