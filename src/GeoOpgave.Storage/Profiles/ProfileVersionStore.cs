using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Profiles;

/// <summary>
/// Appends and reads saved profiel versions. There is deliberately no update or delete: a saved version is
/// referred to by selecties, exports and cached analyses and must keep meaning the same profile.
/// </summary>
public sealed class ProfileVersionStore(GeoOpgaveDbContext db, TimeProvider time)
{
    /// <summary>
    /// Saves the next version of <paramref name="profielId"/>: one more than the highest stored version, and at
    /// least <paramref name="minimumVersion"/>; <paramref name="withVersion"/> writes that number into the document.
    /// Moves the workspace version in the same transaction (the caller's when it has one open, so that its audit
    /// entry lands with it); the unique index on (profiel, version) refuses a concurrent save of the same number.
    /// </summary>
    public async Task<StoredProfileVersion> AddAsync(
        string profielId,
        int minimumVersion,
        Func<int, string> withVersion,
        string notes,
        string createdBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profielId);
        ArgumentNullException.ThrowIfNull(withVersion);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        await using var transaction = await WriteTransaction.BeginOrJoinAsync(db, cancellationToken);
        var highest = await db.Set<ProfileVersionEntity>().Where(p => p.ProfielId == profielId)
            .MaxAsync(p => (int?)p.Version, cancellationToken);
        var version = Math.Max(minimumVersion, (highest ?? 0) + 1);
        var entity = new ProfileVersionEntity
        {
            ProfielId = profielId,
            Version = version,
            Json = withVersion(version),
            Notes = notes,
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entity).State = EntityState.Detached;
        await WorkspaceVersion.BumpAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToRecord(entity);
    }

    /// <summary>Every saved version with a row id above <paramref name="afterId"/>, in the order they were
    /// saved.</summary>
    public List<StoredProfileVersion> ListAfter(long afterId) =>
        db.Set<ProfileVersionEntity>().AsNoTracking().Where(p => p.Id > afterId).OrderBy(p => p.Id)
            .AsEnumerable().Select(ToRecord).ToList();

    /// <summary>Every saved version, in the order they were saved.</summary>
    public async Task<IReadOnlyList<StoredProfileVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<ProfileVersionEntity>()
            .AsNoTracking()
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    private static StoredProfileVersion ToRecord(ProfileVersionEntity e) =>
        new(e.Id, e.ProfielId, e.Version, e.Json, e.Notes, e.CreatedBy, e.CreatedAt);
}
