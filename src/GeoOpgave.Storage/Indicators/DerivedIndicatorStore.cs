using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Indicators;

/// <summary>
/// Indicator values derived from layers, stored with their provenance. Scoped, as its <see cref="GeoOpgaveDbContext"/>.
/// </summary>
public sealed class DerivedIndicatorStore(GeoOpgaveDbContext db)
{
    /// <summary>
    /// Replaces the values of the indicator in the year (per buurt) and its provenance in one transaction that
    /// also moves the workspace version; on any failure nothing changes.
    /// </summary>
    public async Task ReplaceAsync(
        IReadOnlyList<IndicatorValue> values,
        IndicatorProvenance provenance,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(provenance);
        if (values.Any(v => v.IndicatorId != provenance.IndicatorId || v.Year != provenance.Year))
        {
            throw new ArgumentException("Every value must be of the provenance's indicator and year.", nameof(values));
        }

        try
        {
            await using var transaction = await WriteTransaction.BeginOrJoinAsync(db, cancellationToken);
            await db
                .IndicatorValues.Where(v => v.IndicatorId == provenance.IndicatorId && v.Year == provenance.Year)
                .ExecuteDeleteAsync(cancellationToken);
            await db.Set<IndicatorProvenanceEntity>()
                .Where(p => p.IndicatorId == provenance.IndicatorId && p.Year == provenance.Year)
                .ExecuteDeleteAsync(cancellationToken);
            db.Set<IndicatorProvenanceEntity>()
                .Add(
                    new IndicatorProvenanceEntity
                    {
                        IndicatorId = provenance.IndicatorId,
                        Year = provenance.Year,
                        LayerName = provenance.LayerName,
                        Method = provenance.Method,
                        Engine = provenance.Engine,
                        ComputedAt = provenance.ComputedAt.ToUniversalTime(),
                    }
                );
            await db.SaveChangesAsync(cancellationToken);
            await IndicatorValueUpsert.ApplyAsync(db, values, cancellationToken);
            await WorkspaceVersion.BumpAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The provenance of every derived indicator, of one year or (null) all years, by indicator and
    /// year.</summary>
    public async Task<IReadOnlyList<IndicatorProvenance>> ListProvenanceAsync(
        int? year,
        CancellationToken cancellationToken
    )
    {
        var query = db.Set<IndicatorProvenanceEntity>().AsNoTracking();
        var entities = await (year is null ? query : query.Where(p => p.Year == year)).ToListAsync(cancellationToken);
        return entities
            .Select(p => new IndicatorProvenance(p.IndicatorId, p.Year, p.LayerName, p.Method, p.Engine, p.ComputedAt))
            .OrderBy(p => p.IndicatorId, StringComparer.Ordinal)
            .ThenBy(p => p.Year)
            .ToList();
    }
}
