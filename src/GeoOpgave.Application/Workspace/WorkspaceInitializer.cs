using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Issues;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Makes a workspace ready to use: brings the database schema up to date and, when it holds no areas
/// yet, loads the demo municipality — so the embedded default needs no set-up at all. The demo goes the
/// route a real gemeente goes: its kaart becomes the areas, its layers are imported as stored layers, and the
/// profile's indicator definitions compute the indicators from them (in PostGIS when that is the store).
/// </summary>
public sealed class WorkspaceInitializer(
    WorkspaceStore store,
    LayerService layers,
    ImportService imports,
    AreaImportService areaImports,
    IndicatorComputeService indicators,
    ProfileCatalog profiles,
    IOptions<GeoOpgaveOptions> options,
    SchemaMigration migration)
{
    /// <summary>Brings the schema up to date (<c>geoopgave migrate</c>), nothing else.</summary>
    /// <returns>What had to be cleared first (a migration lock left by a killed process), in Dutch; null when
    /// nothing.</returns>
    public async Task<string?> MigrateAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        return migration.ClearedLock;
    }

    /// <returns>True when the demo was loaded now.</returns>
    public async Task<bool> EnsureReadyAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (await store.HasAreasAsync(cancellationToken))
        {
            return false;
        }

        await LoadDemoAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces the workspace's areas and kerncijfers with the demo municipality, its layers with the demo's
    /// layers and plans, and computes the indicators the default profile defines on those layers.</summary>
    /// <exception cref="GeoOpgaveException">A demo file does not read or import (code "demo-ongeldig").</exception>
    public async Task<WorkspaceContent> LoadDemoAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        var folder = Path.Combine(options.Value.ResolveDataDirectory(), "demo");
        var kaart = DemoLoader.ReadAreas(folder);
        var kerncijfers = kaart.Kerncijfers.Concat(KerncijferRates.Derive(kaart.Kerncijfers)).ToList();
        await areaImports.ReplaceAsync(
            kaart.Areas,
            kerncijfers,
            [DemoDataset.WijkenBuurten],
            "demogemeente Demodam",
            cancellationToken
        );
        foreach (var file in DemoDataset.Layers)
        {
            await ImportLayerAsync(Path.Combine(folder, file), null, cancellationToken);
        }

        foreach (var file in DemoDataset.Plannen)
        {
            await ImportLayerAsync(Path.Combine(folder, file), new WerkenFields(), cancellationToken);
        }

        var demoLayers = DemoDataset.Layers.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var defined = profiles.Get(null).IndicatorCatalogue.Values
            .Where(i => i.Definition is { } d && demoLayers.Contains(d.Layer))
            .Select(i => i.Id)
            .ToList();
        var computed = await indicators.ComputeAsync(
            new IndicatorComputeRequest(null, indicators.DefaultEngine, kaart.Areas[0].Year) { IndicatorIds = defined },
            cancellationToken);
        if (computed.FirstOrDefault(c => c.Skipped is not null) is { } skipped)
        {
            throw new GeoOpgaveException(
                "demo-ongeldig",
                $"De demo-indicator {skipped.IndicatorId} is niet te berekenen: {skipped.Skipped}"
            );
        }

        return new WorkspaceContent(kaart.Areas, kerncijfers.Count + computed.Sum(c => c.Buurten));
    }

    // A demo layer replaces the one of the same name, so that loading the demo again gives the same workspace.
    private async Task ImportLayerAsync(string path, WerkenFields? werken, CancellationToken cancellationToken)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        await layers.DeleteAsync(name, cancellationToken);
        var result = await imports.ImportAsync(
            new ImportRequest(path) { Name = name, Werken = werken },
            cancellationToken
        );
        if (!result.Imported)
        {
            var problems = result
                .Reports.SelectMany(r => r.Issues)
                .Where(i => i.Severity == IssueSeverity.Error)
                .Select(i => i.Message);
            throw new GeoOpgaveException(
                "demo-ongeldig",
                $"De demolaag {name} is niet te importeren: {string.Join(" ", problems)}"
            );
        }
    }
}
