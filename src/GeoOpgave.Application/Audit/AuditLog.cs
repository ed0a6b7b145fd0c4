using GeoOpgave.Storage;
using GeoOpgave.Storage.Audit;

namespace GeoOpgave.Application.Audit;

/// <summary>
/// Records who did what in the append-only audit log and reads it back. Nothing here can change or remove an
/// entry, on purpose: the log is evidence.
/// </summary>
public sealed class AuditLog(AuditLogStore store, WorkspaceStore workspace, IAuditActor actor)
{
    /// <summary>
    /// Appends an entry for the current actor. The change it records has happened, so the entry is written even when
    /// <paramref name="cancellationToken"/> fires (a browser that disconnects must not leave a gap in the log).
    /// </summary>
    public async Task RecordAsync(
        string action, string target, IReadOnlyDictionary<string, object?>? details, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(CancellationToken.None);
        await store.AppendAsync(actor.Name, action, target, details, CancellationToken.None);
    }

    /// <summary>Checks the hash chain over every entry: which row, if any, was changed or removed outside the application.</summary>
    public async Task<AuditChainCheck> VerifyAsync(CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var result = await store.VerifyAsync(cancellationToken);
        return new AuditChainCheck(result.Rows, result.Unchained, result.BrokenAt, result.Reason);
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var rows = await store.ListAsync(limit, cancellationToken);
        return rows.Select(r => new AuditEntry(r.Id, r.Time, r.User, r.Action, r.Target, r.DetailsJson)).ToList();
    }
}
