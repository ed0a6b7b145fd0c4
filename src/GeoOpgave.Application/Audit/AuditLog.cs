using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Audit;

/// <summary>
/// Records who did what in the append-only audit log and reads it back. Nothing here can change or remove an
/// entry, on purpose: the log is evidence.
/// </summary>
public sealed class AuditLog(AuditLogStore store, WorkspaceStore workspace, IAuditActor actor)
{
    /// <summary>
    /// Makes a change and records it in one database transaction, so that the change and its entries land together or
    /// not at all. <paramref name="change"/> runs on this scope's stores, which join the transaction begun here (or the
    /// one already open, when this change is part of a larger one); the entries <paramref name="describe"/> makes of
    /// its result are appended just before the commit. When it makes none, nothing is committed (a refusal after a
    /// partial write leaves nothing). The change may be cancelled until it returns; the entries and the commit ignore
    /// <paramref name="cancellationToken"/>, so a browser that disconnects cannot leave a change without its entry.
    /// Side effects outside the database (a cache, a file) belong after this returns.
    /// </summary>
    public async Task<T> ChangeAsync<T>(
        Func<CancellationToken, Task<T>> change,
        Func<T, IEnumerable<AuditRecord>> describe,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(describe);
        await workspace.MigrateAsync(cancellationToken);
        await using var transaction = await store.BeginChangeAsync(cancellationToken);
        var result = await change(cancellationToken);
        var records = describe(result).ToList();
        if (records.Count == 0)
        {
            // A change that says it made none (nothing found, refused) may not leave half a change behind unrecorded.
            return result;
        }

        foreach (var record in records)
        {
            await store.AppendAsync(actor.Name, record.Action, record.Target, record.Details, CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    /// <summary>As <see cref="ChangeAsync{T}"/>, for a change whose entries are known before it runs.</summary>
    public Task ChangeAsync(
        Func<CancellationToken, Task> change,
        IReadOnlyList<AuditRecord> records,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync(
            async ct =>
            {
                await change(ct);
                return records;
            },
            r => r,
            cancellationToken);
    }

    /// <summary>
    /// Appends an entry for the current actor about an action that changes nothing in the database (an export, a setup
    /// link held in memory): there is no change to share a transaction with, so the entry is written alone, even when
    /// <paramref name="cancellationToken"/> fires. A change goes through <see cref="ChangeAsync"/> instead.
    /// </summary>
    public async Task RecordAsync(
        string action,
        string target,
        IReadOnlyDictionary<string, object?>? details,
        CancellationToken cancellationToken
    )
    {
        await workspace.MigrateAsync(CancellationToken.None);
        await store.AppendAsync(actor.Name, action, target, details, CancellationToken.None);
    }

    /// <summary>Checks the hash chain over every entry: which row, if any, was changed or removed outside the
    /// application.</summary>
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
