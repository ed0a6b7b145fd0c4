using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Audit;

/// <summary>
/// Appends to and reads the audit log. There is deliberately no update or delete: the log is append-only
/// for everything that goes through the application.
/// </summary>
public sealed class AuditLogStore(GeoOpgaveDbContext db, TimeProvider time)
{
    /// <summary>Appends one entry stamped with the current time; <paramref name="details"/> is serialised as JSON.</summary>
    public async Task<AuditEntryEntity> AppendAsync(
        string user, string action, string target, IReadOnlyDictionary<string, object?>? details, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(target);
        var entry = new AuditEntryEntity
        {
            Time = time.GetUtcNow(),
            User = user,
            Action = action,
            Target = target,
            DetailsJson = JsonSerializer.Serialize(details ?? new Dictionary<string, object?>()),
        };
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        return entry;
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first (ordered by id, which follows insertion).</summary>
    public async Task<IReadOnlyList<AuditEntryEntity>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await db.AuditLog.AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(limit, 1, 100_000))
            .ToListAsync(cancellationToken);
}
