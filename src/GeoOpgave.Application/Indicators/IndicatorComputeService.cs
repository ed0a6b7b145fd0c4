using GeoOpgave.Application.Aggregation;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Derives the indicators a profiel's catalogue defines from stored layers, with the .NET engine or its PostGIS
/// twin, and stores the values per buurt and year with their provenance (layer, method, engine, time), each
/// indicator in its own transaction that moves the workspace version, and audited. A definition whose layer
/// is missing or of the wrong kind is skipped with the reason, not thrown.
/// </summary>
public sealed class IndicatorComputeService(
    ProfileCatalog profiles,
    WorkspaceStore workspace,
    LayerStore layers,
    DerivedIndicatorStore derived,
    IndicatorBindingStore bindings,
    StorageOptions storage,
    AuditLog audit,
    TimeProvider time)
{
    /// <summary>The engine of the store: with PostGIS as the store the overlay runs in the database.</summary>
    public IndicatorEngine DefaultEngine =>
        storage.Provider == StorageProvider.PostgreSql ? IndicatorEngine.Postgis : IndicatorEngine.Dotnet;

    /// <exception cref="GeoOpgaveException">No buurten for the year, the PostGIS engine on a SQLite workspace, or
    /// an asked indicator that the profiel does not compute from a layer.</exception>
    public async Task<IReadOnlyList<IndicatorComputation>> ComputeAsync(
        IndicatorComputeRequest request,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Engine == IndicatorEngine.Postgis && storage.Provider != StorageProvider.PostgreSql)
        {
            throw new GeoOpgaveException(
                "engine-geen-postgis",
                "De PostGIS-engine rekent in de database en werkt alleen met een PostgreSQL-werkruimte; gebruik --engine dotnet."
            );
        }

        var defined = Defined(request);
        await workspace.MigrateAsync(cancellationToken);
        var buurten = await workspace.GetAreasAsync(AreaLevel.Buurt, request.Year, cancellationToken);
        if (buurten.Count == 0)
        {
            throw await NoBuurten.RefusalAsync(workspace, request.Year, cancellationToken);
        }

        var engine = new LayerAggregator(layers, request.Engine == IndicatorEngine.Postgis
            ? (areas, ct) => AggregationEngines.OpenPostgisAsync(storage.ConnectionString, areas, ct)
            : (areas, _) => Task.FromResult(AggregationEngines.InProcess(areas)));
        var bound = (await bindings.ListAsync(cancellationToken))
            .Where(b => b.Expression is null)
            .GroupBy(b => b.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var results = new List<IndicatorComputation>();
        foreach (var info in defined)
        {
            results.Add(
                await ComputeOneAsync(info, info.Definition!, buurten, engine, request.Engine, bound, cancellationToken)
            );
        }

        return results;
    }

    /// <summary>The provenance of the derived indicators, of one year or (null) every year.</summary>
    public Task<IReadOnlyList<IndicatorProvenance>> ListProvenanceAsync(
        int? year,
        CancellationToken cancellationToken
    ) =>
        workspace.ReadMigratedAsync(ct => derived.ListProvenanceAsync(year, ct), cancellationToken);

    /// <summary>Whether the profiel (null: the default) defines how to compute the indicator from a layer.</summary>
    public bool ComputesFromLayer(string? profielId, string indicatorId) =>
        profiles.Get(profielId).ComputesFromLayer(indicatorId);

    /// <summary>The name used for an engine in provenance and audit.</summary>
    public static string EngineName(IndicatorEngine engine) => engine == IndicatorEngine.Postgis ? "postgis" : "dotnet";

    private List<IndicatorInfo> Defined(IndicatorComputeRequest request)
    {
        var profiel = profiles.Get(request.ProfielId);
        var defined = profiel.IndicatorCatalogue.Values
            .Where(i => i.Definition is not null)
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        if (request.IndicatorIds is not { Count: > 0 } ids)
        {
            return defined;
        }

        // Asking for an id the profiel does not compute must not read as "nothing to compute".
        var unknown = ids.Where(id => defined.All(i => i.Id != id)).ToList();
        return unknown.Count == 0
            ? defined.Where(i => ids.Contains(i.Id)).ToList()
            : throw new GeoOpgaveException(
                "parameter-ongeldig",
                $"Het profiel '{profiel.Id}' berekent {string.Join(", ", unknown.Select(id => $"'{id}'"))} niet uit "
                    + "een laag; dat doet het voor: "
                    + (defined.Count == 0 ? "geen enkele indicator." : string.Join(", ", defined.Select(i => i.Id)) + ".")
            );
    }

    private async Task<IndicatorComputation> ComputeOneAsync(
        IndicatorInfo info,
        IndicatorDefinition definition,
        IReadOnlyList<Area> buurten,
        LayerAggregator engine,
        IndicatorEngine engineKind,
        Dictionary<string, IndicatorBinding> bound,
        CancellationToken cancellationToken)
    {
        // A binding names the gemeente's own layer for the definition's role; the definition's layer is the default.
        var binding = bound.GetValueOrDefault(info.Id);
        var layerName = binding?.LayerName ?? definition.Layer;
        definition = definition with { Layer = layerName, Mask = binding?.MaskLayer ?? definition.Mask };
        var method = definition.Describe();
        var year = buurten[0].Year;
        var raster = IndicatorFamily.IsRaster(definition.Aggregator);
        var layer = await layers.FindLayerAsync(layerName, cancellationToken);
        var needs = definition.Needs is { } role ? $" Nodig: {role}." : string.Empty;
        var skipped =
            layer is null
                ? $"de laag '{layerName}' bestaat niet; importeer haar, of koppel een eigen laag met 'geoopgave indicators bind --layer NAAM {info.Id}'.{needs}"
            : layer.Kind != (raster ? LayerKind.Raster : LayerKind.Vector)
                ? $"de laag '{layerName}' is geen {(raster ? "raster" : "vectorlaag")}.{needs}"
            : definition.Mask is { } mask
            && await layers.FindLayerAsync(mask, cancellationToken) is not { Kind: LayerKind.Vector }
                ? $"het masker '{mask}' bestaat niet of is geen vlakkenlaag; importeer het, of kies een ander met 'geoopgave indicators bind --mask'."
            : null;
        var result = skipped is not null ? null
            : raster ? await new RasterLayerAggregator(layers).RunAsync(definition, layer!, buurten, cancellationToken)
            : await engine.RunAsync(definition, layer!, buurten, cancellationToken);
        if (result is null)
        {
            return new IndicatorComputation(
                info.Id,
                layerName,
                method,
                year,
                0,
                0,
                skipped ?? $"het raster van '{layerName}' is niet meer te lezen."
            );
        }

        // A raster is always aggregated in .NET, and the provenance says so.
        engineKind = raster ? IndicatorEngine.Dotnet : engineKind;
        var values = IndicatorValueMapper.Map(info.Id, definition, buurten, result, layer!.Name);
        var provenance = new IndicatorProvenance(
            info.Id,
            year,
            layer.Name,
            method,
            EngineName(engineKind),
            time.GetUtcNow()
        );
        var details = new Dictionary<string, object?>
        {
            ["laag"] = layer.Name,
            ["methode"] = method,
            ["engine"] = provenance.Engine,
            ["jaar"] = year,
            ["buurten"] = values.Count,
        };
        await audit.ChangeAsync(
            ct => derived.ReplaceAsync(values, provenance, ct),
            [new AuditRecord(AuditActions.IndicatorComputed, info.Id, details)],
            cancellationToken
        );
        var warnings = result
            .Issues.Select(i =>
                $"{(i.Source == Core.Aggregation.AggregationIssue.AreasSource ? i.Key : $"object {i.Number}")}: {i.Message}"
            )
            .ToList();
        return new IndicatorComputation(
            info.Id,
            layer.Name,
            method,
            year,
            values.Count,
            values.Count(v => v.Value is not null),
            null
        )
        {
            Warnings = warnings,
            Hint = LayerPlacement.Hint(layer, buurten, values),
        };
    }
}
