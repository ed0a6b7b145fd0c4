using Microsoft.EntityFrameworkCore.Storage;

namespace GeoOpgave.Storage.Context;

/// <summary>
/// The transaction of one write: the one its <see cref="GeoOpgaveDbContext"/> already has open, or a new one. Every
/// store writes through it, so that an audited change (<see cref="Audit.AuditLogStore.BeginChangeAsync"/>) holds the
/// store's write and its audit row in one transaction: whoever began it commits or rolls back, a store that joined
/// lands or fails with it.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private WriteTransaction(IDbContextTransaction? own) => _own = own;

    /// <summary>Joins the transaction <paramref name="db"/> has open, or begins one that this instance owns.</summary>
    public static async Task<WriteTransaction> BeginOrJoinAsync(
        GeoOpgaveDbContext db,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return new WriteTransaction(
            db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null
        );
    }

    /// <summary>Commits a transaction this instance began; a joined one is left to its owner.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) =>
        _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Rolls back a transaction this instance began and did not commit; a joined one is left to its
    /// owner.</summary>
    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
