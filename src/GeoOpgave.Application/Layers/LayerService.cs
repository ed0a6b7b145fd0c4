using GeoOpgave.Application.Audit;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Layers;

/// <summary>What the hosts need to list, show and remove imported layers.</summary>
public sealed class LayerService(LayerStore layers, WorkspaceStore workspace, AuditLog audit)
{
    public Task<IReadOnlyList<ImportedLayer>> ListAsync(CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(layers.ListLayersAsync, cancellationToken);

    public Task<ImportedLayer?> GetAsync(long id, CancellationToken cancellationToken) =>
        workspace.ReadMigratedAsync(ct => layers.GetLayerAsync(id, ct), cancellationToken);

    /// <returns>False when there is no layer with that id.</returns>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        var layer = await layers.GetLayerAsync(id, cancellationToken);
        return layer is not null && await DeleteAndRecordAsync(layer, cancellationToken);
    }

    /// <returns>False when there is no layer with exactly that name.</returns>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await workspace.MigrateAsync(cancellationToken);
        return await layers.FindLayerAsync(name, cancellationToken) is { } layer
            && await DeleteAndRecordAsync(layer, cancellationToken);
    }

    private Task<bool> DeleteAndRecordAsync(ImportedLayer layer, CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, object?> { ["id"] = layer.Id, ["bron"] = layer.SourceFile };
        return audit.ChangeAsync(
            ct => layers.DeleteLayerAsync(layer.Id, ct),
            deleted => deleted ? [new AuditRecord(AuditActions.LayerDeleted, layer.Name, details)] : [],
            cancellationToken);
    }
}
