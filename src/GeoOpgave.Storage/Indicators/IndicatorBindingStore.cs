using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Indicators;

/// <summary>
/// The stored bindings of indicators to layers, and the values a binding produced. Scoped, as its
/// <see cref="GeoOpgaveDbContext"/>.
/// </summary>
public sealed class IndicatorBindingStore(GeoOpgaveDbContext db, TimeProvider time)
{
    /// <summary>Every binding, by indicator and layer.</summary>
    public async Task<IReadOnlyList<IndicatorBinding>> ListAsync(CancellationToken cancellationToken)
    {
        var entities = await db.Set<IndicatorBindingEntity>().AsNoTracking().ToListAsync(cancellationToken);
        return entities.Select(e => new IndicatorBinding(e.IndicatorId, e.LayerName, e.Expression, e.MaskLayer))
            .OrderBy(b => b.IndicatorId, StringComparer.Ordinal)
            .ThenBy(b => b.LayerName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Stores the binding and replaces the values the same indicator had from the same layer by
    /// <paramref name="values"/>, in one transaction that moves the workspace version; on any failure nothing changes.
    /// </summary>
    public async Task BindAsync(
        IndicatorBinding binding,
        IReadOnlyList<IndicatorValue> values,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(values);
        try
        {
            await using var transaction = await WriteTransaction.BeginOrJoinAsync(db, cancellationToken);
            await AddInTransactionAsync(db, binding, values, time.GetUtcNow(), cancellationToken);
            await WorkspaceVersion.BumpAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The binding and its values inside the caller's transaction (a layer import that binds as it
    /// lands).</summary>
    internal static async Task AddInTransactionAsync(
        GeoOpgaveDbContext db,
        IndicatorBinding binding,
        IReadOnlyList<IndicatorValue> values,
        DateTimeOffset createdAt,
        CancellationToken cancellationToken
    )
    {
        if (values.Any(v => v.IndicatorId != binding.IndicatorId || v.Source != binding.LayerName))
        {
            throw new ArgumentException("Every value must be of the binding's indicator and layer.", nameof(values));
        }

        var bindings = db.Set<IndicatorBindingEntity>();
        await bindings
            .Where(b => b.IndicatorId == binding.IndicatorId && b.LayerName == binding.LayerName)
            .ExecuteDeleteAsync(cancellationToken);
        await db
            .IndicatorValues.Where(v => v.IndicatorId == binding.IndicatorId && v.Source == binding.LayerName)
            .ExecuteDeleteAsync(cancellationToken);
        bindings.Add(
            new IndicatorBindingEntity
            {
                IndicatorId = binding.IndicatorId,
                LayerName = binding.LayerName,
                Expression = binding.Expression,
                MaskLayer = binding.MaskLayer,
                CreatedAt = createdAt.ToUniversalTime(),
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        await IndicatorValueUpsert.ApplyAsync(db, values, cancellationToken);
    }
}
