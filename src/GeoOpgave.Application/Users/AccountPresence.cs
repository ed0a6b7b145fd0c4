using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Application.Users;

/// <summary>
/// Whether any account exists, without a query on every request: once an account has been seen the answer stays
/// true until restart (removing the last account must not silently open the data), and "no account" is rechecked
/// at most every <see cref="RecheckInterval"/>, so an account added by another process (the CLI) counts soon.
/// </summary>
public sealed class AccountPresence(IDbContextFactory<GeoOpgaveDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private volatile bool _seen;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<bool> AnyAsync(CancellationToken cancellationToken)
    {
        if (_seen)
        {
            return true;
        }

        lock (_gate)
        {
            if (time.GetUtcNow() - _checkedAt < RecheckInterval)
            {
                return false;
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var any = await db.Users.AnyAsync(cancellationToken);
        lock (_gate)
        {
            _seen |= any;
            _checkedAt = time.GetUtcNow();
        }

        return any;
    }

    /// <summary>Called by whoever adds an account in this process, so that it counts at once.</summary>
    public void AccountAdded() => _seen = true;
}
