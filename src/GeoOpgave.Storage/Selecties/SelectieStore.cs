using System.Text.Json;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Selecties;

/// <summary>
/// Saves, lists, changes and deletes selecties. Validation (known codes, unique names) is the caller's job;
/// the unique index on name is the last line of defence.
/// </summary>
public sealed class SelectieStore(GeoOpgaveDbContext db, TimeProvider time)
{
    /// <summary>Saves a new selectie stamped with the current time and returns it with its id.</summary>
    public async Task<Selectie> AddAsync(
        string name,
        string notes,
        IReadOnlyList<string> codes,
        string? profielId,
        string createdBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var now = time.GetUtcNow();
        var entity = new SelectieEntity
        {
            Name = name,
            Notes = notes,
            CodesJson = JsonSerializer.Serialize(codes),
            ProfielId = profielId,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = createdBy,
        };
        db.Add(entity);
        await SaveAndBumpVersionAsync(cancellationToken);
        db.Entry(entity).State = EntityState.Detached;
        return ToRecord(entity);
    }

    /// <summary>Every selectie, ordered by name (ordinal).</summary>
    public async Task<IReadOnlyList<Selectie>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<SelectieEntity>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(ToRecord).ToList();
    }

    /// <summary>The selectie with this id, or null when there is none.</summary>
    public async Task<Selectie?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.Set<SelectieEntity>()
            .AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    /// <summary>The id of the selectie with exactly this name, or null when there is none.</summary>
    public async Task<long?> FindIdByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var ids = await db.Set<SelectieEntity>().AsNoTracking()
            .Where(s => s.Name == name).Select(s => s.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }

    /// <summary>Replaces name, notes, codes and profiel and moves the update time; null when the id is
    /// unknown.</summary>
    public async Task<Selectie?> UpdateAsync(
        long id,
        string name,
        string notes,
        IReadOnlyList<string> codes,
        string? profielId,
        CancellationToken cancellationToken
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(codes);
        var entity = await db.Set<SelectieEntity>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        entity.Name = name;
        entity.Notes = notes;
        entity.CodesJson = JsonSerializer.Serialize(codes);
        entity.ProfielId = profielId;
        entity.UpdatedAt = time.GetUtcNow();
        await SaveAndBumpVersionAsync(cancellationToken);
        db.Entry(entity).State = EntityState.Detached;
        return ToRecord(entity);
    }

    /// <summary>Deletes the selectie; false when the id is unknown.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var entity = await db.Set<SelectieEntity>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        db.Remove(entity);
        await SaveAndBumpVersionAsync(cancellationToken);
        return true;
    }

    private async Task SaveAndBumpVersionAsync(CancellationToken cancellationToken)
    {
        // Selecties are published (OGC collection), so their writes move the workspace version with them.
        await using var transaction = await WriteTransaction.BeginOrJoinAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await WorkspaceVersion.BumpAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Selectie ToRecord(SelectieEntity e) =>
        new(
            e.Id,
            e.Name,
            e.Notes,
            JsonSerializer.Deserialize<List<string>>(e.CodesJson) ?? [],
            e.ProfielId,
            e.CreatedAt,
            e.UpdatedAt,
            e.CreatedBy
        );
}
