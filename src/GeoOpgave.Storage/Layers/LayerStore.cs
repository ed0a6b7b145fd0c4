using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Postgres;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Layers;

/// <summary>
/// Imported layers (metadata, features, raster bytes), the same on every provider. Scoped, as its
/// <see cref="GeoOpgaveDbContext"/>. Rasters are kept as their GeoTIFF bytes in layer_rasters, inside the
/// database, so that an import is one transaction and never leaves a file behind.
/// </summary>
public sealed class LayerStore
{
    private readonly GeoOpgaveDbContext _db;
    private readonly TimeProvider _time;

    public LayerStore(GeoOpgaveDbContext db, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _db = db;
        _time = timeProvider;
    }

    /// <summary>
    /// Stores the layer, its raster bytes, its indicator values and its features in one transaction: on any
    /// failure (a feature that throws, a taken name, a cut connection, cancellation) nothing is left. Features
    /// are streamed (binary COPY on PostgreSQL), so <paramref name="features"/> may be lazy and large; feature
    /// indices must be unique.
    /// </summary>
    /// <returns>The stored layer with its id and feature count.</returns>
    public async Task<ImportedLayer> AddLayerAsync(
        NewLayer layer,
        IEnumerable<LayerFeature> features,
        CancellationToken cancellationToken
    ) => (await AddLayersAsync([new LayerImport(layer, features)], cancellationToken))[0];

    /// <summary>Stores several layers (e.g. every layer of a GeoPackage) in one transaction, as
    /// <see cref="AddLayerAsync"/>.</summary>
    public async Task<IReadOnlyList<ImportedLayer>> AddLayersAsync(
        IReadOnlyList<LayerImport> layers,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(layers);
        var createdAt = _time.GetUtcNow();
        var stored = new List<ImportedLayer>();
        try
        {
            await using var transaction = await WriteTransaction.BeginOrJoinAsync(_db, cancellationToken);
            foreach (var import in layers)
            {
                stored.Add(await AddInTransactionAsync(import, createdAt, cancellationToken));
            }

            await WorkspaceVersion.BumpAsync(_db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>Every layer ordered by name (ordinal). Empty when there are none.</summary>
    public async Task<IReadOnlyList<ImportedLayer>> ListLayersAsync(CancellationToken cancellationToken)
    {
        var entities = await _db.Layers.AsNoTracking().ToListAsync(cancellationToken);
        return entities.Select(LayerMapping.ToInfo).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The layer with this id, or null.</summary>
    public async Task<ImportedLayer?> GetLayerAsync(long id, CancellationToken cancellationToken)
    {
        var entity = await _db.Layers.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return entity is null ? null : LayerMapping.ToInfo(entity);
    }

    /// <summary>The layer with exactly this name, or null.</summary>
    public async Task<ImportedLayer?> FindLayerAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var entity = await _db.Layers.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, cancellationToken);
        return entity is null ? null : LayerMapping.ToInfo(entity);
    }

    /// <summary>The features of a layer ordered by index; empty for an unknown id, a raster or a table.</summary>
    public async Task<IReadOnlyList<LayerFeature>> GetFeaturesAsync(long id, CancellationToken cancellationToken)
    {
        var entities = await _db.LayerFeatures.AsNoTracking()
            .Where(f => f.LayerId == id)
            .OrderBy(f => f.FeatureIndex)
            .ToListAsync(cancellationToken);
        return entities.Select(f => new LayerFeature(f.FeatureIndex, f.Geometry, f.Attributes)).ToList();
    }

    /// <summary>The GeoTIFF bytes of a raster layer, or null.</summary>
    public async Task<byte[]?> GetRasterDataAsync(long id, CancellationToken cancellationToken) =>
        await _db.LayerRasters.AsNoTracking()
            .Where(r => r.LayerId == id)
            .Select(r => r.Data)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Removes a layer with its features and raster, the indicator values it brought or produced, their bindings and
    /// provenance, in one transaction.
    /// </summary>
    /// <returns>False when there was no such layer.</returns>
    public async Task<bool> DeleteLayerAsync(long id, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginOrJoinAsync(_db, cancellationToken);
        if (
            await _db
                .Layers.AsNoTracking()
                .Where(l => l.Id == id)
                .Select(l => l.Name)
                .FirstOrDefaultAsync(cancellationToken) is
            { } name
        )
        {
            await _db.IndicatorValues.Where(v => v.Source == name).ExecuteDeleteAsync(cancellationToken);
            await _db.Set<IndicatorBindingEntity>()
                .Where(b => b.LayerName == name)
                .ExecuteDeleteAsync(cancellationToken);
            await _db.Set<IndicatorProvenanceEntity>()
                .Where(p => p.LayerName == name)
                .ExecuteDeleteAsync(cancellationToken);
        }

        if (_db is PostgresGeoOpgaveDbContext)
        {
            var drop = "DROP TABLE IF EXISTS " + LayerFeatureBulkWriter.PartitionName(id);
            await _db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        await _db.LayerFeatures.Where(f => f.LayerId == id).ExecuteDeleteAsync(cancellationToken);
        await _db.LayerRasters.Where(r => r.LayerId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await _db.Layers.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            await WorkspaceVersion.BumpAsync(_db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    private async Task<ImportedLayer> AddInTransactionAsync(
        LayerImport import,
        DateTimeOffset createdAt,
        CancellationToken cancellationToken
    )
    {
        var layer = import.Layer;
        var entity = LayerMapping.ToEntity(layer, createdAt);
        _db.Layers.Add(entity);
        await _db.SaveChangesAsync(cancellationToken);
        if (layer.RasterData is { } data)
        {
            _db.LayerRasters.Add(new LayerRasterEntity { LayerId = entity.Id, Data = data });
        }

        await IndicatorValueUpsert.ApplyAsync(_db, layer.IndicatorValues, cancellationToken);
        foreach (var binding in layer.Bindings)
        {
            _db.Set<IndicatorBindingEntity>().Add(new IndicatorBindingEntity
            {
                IndicatorId = binding.IndicatorId,
                LayerName = binding.LayerName,
                Expression = binding.Expression,
                CreatedAt = createdAt.ToUniversalTime(),
            });
        }

        var written = await LayerFeatureBulkWriter.WriteAsync(_db, entity.Id, import, cancellationToken);
        entity.FeatureCount = layer.FeatureCountOverride ?? written;
        if (import.Complete is { } complete)
        {
            LayerMapping.Complete(entity, complete());
        }

        await _db.SaveChangesAsync(cancellationToken);
        return LayerMapping.ToInfo(entity);
    }
}
