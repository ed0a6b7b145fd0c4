using System.Text.Json;
using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Audit;

/// <summary>
/// Appends to and reads the audit log. There is no update or delete: database triggers refuse both on SQLite and
/// PostgreSQL, and each row carries a hash chained to the row before it (<see cref="AuditChain"/>), so that
/// <see cref="VerifyAsync"/> finds a row changed or removed behind the database's back.
/// </summary>
public sealed class AuditLogStore(GeoOpgaveDbContext db, TimeProvider time)
{
    private const string PostgresProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Begins (or joins) the transaction of an audited change on this store's context, which every scoped store shares:
    /// the stores' writes join it, <see cref="AppendAsync"/> adds the entry inside it, and the caller's commit lands
    /// both or neither.
    /// </summary>
    public Task<WriteTransaction> BeginChangeAsync(CancellationToken cancellationToken) =>
        WriteTransaction.BeginOrJoinAsync(db, cancellationToken);

    /// <summary>
    /// Appends one entry stamped with the current time; <paramref name="details"/> is serialised as JSON. Inside the
    /// transaction of <see cref="BeginChangeAsync"/> when one is open, else in a transaction of its own.
    /// </summary>
    public async Task<AuditEntryEntity> AppendAsync(
        string user,
        string action,
        string target,
        IReadOnlyDictionary<string, object?>? details,
        CancellationToken cancellationToken
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(target);
        var entry = new AuditEntryEntity
        {
            Time = AuditChain.Normalise(time.GetUtcNow()),
            User = user,
            Action = action,
            Target = target,
            DetailsJson = JsonSerializer.Serialize(details ?? new Dictionary<string, object?>()),
        };

        // The previous hash is read and the row written under one writer at a time, or two appends would fork the
        // chain.
        await using var transaction = await WriteTransaction.BeginOrJoinAsync(db, cancellationToken);
        if (db.Database.ProviderName == PostgresProviderName)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4711)", cancellationToken);
        }

        var previous = await db
            .AuditLog.AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Select(a => a.Hash)
            .FirstOrDefaultAsync(cancellationToken);
        entry.Hash = AuditChain.Hash(previous, entry);
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // A refused row must not stay tracked, or the scope's next save would try it again.
            db.Entry(entry).State = EntityState.Detached;
        }

        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>Recomputes the chain from the first row; stops at the first row that does not match.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var (rows, unchained) = (0L, 0L);
        string? previous = null;
        await foreach (
            var entry in db
                .AuditLog.AsNoTracking()
                .OrderBy(a => a.Id)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            rows++;
            if (entry.Hash is null && previous is null)
            {
                unchained++;
                continue;
            }

            if (entry.Hash is null)
            {
                return new AuditVerification(
                    rows,
                    unchained,
                    entry.Id,
                    "de regel heeft geen hash, terwijl de regels ervoor die wel hebben"
                );
            }

            if (entry.Hash != AuditChain.Hash(previous, entry))
            {
                return new AuditVerification(
                    rows,
                    unchained,
                    entry.Id,
                    "de hash klopt niet: deze regel is gewijzigd, of een regel ervoor is gewijzigd of verwijderd"
                );
            }

            previous = entry.Hash;
        }

        return new AuditVerification(rows, unchained, null, null);
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first (ordered by id, which follows
    /// insertion).</summary>
    public async Task<IReadOnlyList<AuditEntryEntity>> ListAsync(int limit, CancellationToken cancellationToken) =>
        await db.AuditLog.AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(limit, 1, 100_000))
            .ToListAsync(cancellationToken);
}
