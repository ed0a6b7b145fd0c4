using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Binds a catalogue indicator to a loaded layer: for a table, to an expression over its columns, evaluated per area
/// and year on the values the table brought (the same binding <c>import --indicator</c> makes); for a vector or
/// raster layer, as the layer that fills the indicator's definition. Stored, audited, and it moves the workspace
/// version.
/// </summary>
public sealed class IndicatorBindingService(
    LayerStore layers,
    WorkspaceStore workspace,
    IndicatorBindingStore bindings,
    AuditLog audit,
    ProfileCatalog profiles
)
{
    /// <summary>Every stored binding.</summary>
    public async Task<IReadOnlyList<IndicatorBinding>> ListAsync(CancellationToken cancellationToken) =>
        await bindings.ListAsync(cancellationToken);

    /// <param name="layerName">The layer that fills the indicator.</param>
    /// <param name="binding">For a table "ID=EXPR"; for a vector or raster layer just the indicator id.</param>
    /// <param name="maskLayer">For a raster, a polygon layer (e.g. the built-up area) that limits each buurt to its
    /// masked part; else null.</param>
    /// <returns>How many areas got a known value, and why the binding may give none.</returns>
    /// <exception cref="GeoOpgaveException">The layer does not exist, or the binding, expression or mask is not valid
    /// (code "koppeling-ongeldig").</exception>
    public async Task<IndicatorBindingResult> BindLayerAsync(
        string layerName,
        string binding,
        CancellationToken cancellationToken,
        string? maskLayer = null
    )
    {
        ArgumentNullException.ThrowIfNull(layerName);
        ArgumentNullException.ThrowIfNull(binding);
        var layer = await FindAsync(layerName, cancellationToken);
        var mask = maskLayer is { Length: > 0 } ? await MaskAsync(layer, maskLayer, cancellationToken) : null;
        var catalogue = new CatalogueIndicators(profiles);
        var (stored, values) =
            layer.Kind == LayerKind.Table
                ? await TableAsync(layer.Name, (binding, catalogue), cancellationToken)
                : (Role(layer.Name, binding, catalogue) with { MaskLayer = mask }, []);
        var details = new Dictionary<string, object?>
        {
            ["laag"] = layer.Name,
            ["uitdrukking"] = stored.Expression,
            ["masker"] = mask,
            ["waarden"] = values.Count,
        };
        await audit.ChangeAsync(
            ct => bindings.BindAsync(stored, values, ct),
            [new AuditRecord(AuditActions.IndicatorBound, stored.IndicatorId, details)],
            cancellationToken
        );
        return new IndicatorBindingResult(values.Count, await WarningsAsync(layer, stored, values, cancellationToken));
    }

    // The same words as the page and indicators compute, so a script that binds learns what a person would.
    private async Task<List<string>> WarningsAsync(
        ImportedLayer layer,
        IndicatorBinding stored,
        IReadOnlyList<IndicatorValue> values,
        CancellationToken cancellationToken
    )
    {
        if (layer.Kind == LayerKind.Table)
        {
            return values.Count > 0
                ? []
                : [
                    $"{stored.IndicatorId} = {stored.Expression} geeft in geen enkel gebied een bekende waarde; "
                        + "ontbreekt een kolom in elke rij, of deelt de uitdrukking door 0?",
                ];
        }

        if (!profiles.Get(null).ComputesFromLayer(stored.IndicatorId))
        {
            return [$"de catalogus definieert geen berekening uit een laag voor {stored.IndicatorId}; "
                + $"'{layer.Name}' kan haar dus niet vullen."];
        }

        return await BuurtenExtent.NewestAsync(workspace, cancellationToken) is { } buurten
            && LayerPlacement.Outside(layer.Name, layer.Extent, buurten) is { } outside
            ? [outside]
            : [];
    }

    private async Task<ImportedLayer> FindAsync(string name, CancellationToken cancellationToken) =>
        await layers.FindLayerAsync(name, cancellationToken)
        ?? throw new GeoOpgaveException(
            "laag-onbekend",
            $"De laag '{name}' bestaat niet; 'geoopgave layers' toont de geladen lagen."
        );

    private async Task<string> MaskAsync(ImportedLayer layer, string maskLayer, CancellationToken cancellationToken)
    {
        if (layer.Kind != LayerKind.Raster)
        {
            throw new GeoOpgaveException(
                "koppeling-ongeldig",
                $"Een masker hoort bij een raster; '{layer.Name}' is geen raster."
            );
        }

        var mask = await FindAsync(maskLayer, cancellationToken);
        if (
            mask.Kind != LayerKind.Vector
            || mask.GeometryType?.Split(", ").All(t => t is "Polygon" or "MultiPolygon") != true
        )
        {
            throw new GeoOpgaveException(
                "koppeling-ongeldig",
                $"Het masker '{mask.Name}' moet een vlakkenlaag zijn (bijvoorbeeld het bebouwd gebied), geen {mask.GeometryType ?? "tabel of raster"}."
            );
        }

        return mask.Name;
    }

    private async Task<(IndicatorBinding, IReadOnlyList<IndicatorValue>)> TableAsync(
        string layer,
        (string Text, CatalogueIndicators Catalogue) binding,
        CancellationToken cancellationToken
    )
    {
        var own = (await workspace.GetIndicatorValuesBySourceAsync(layer, cancellationToken))
            .Where(v => v.Value is not null)
            .ToList();
        var columns = own.Select(v => v.IndicatorId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var numbered = columns.Select((c, i) => (c, i)).ToList();
        var table = TableBinding.Create(binding.Text, numbered, binding.Catalogue, out var error)
            ?? throw new GeoOpgaveException("koppeling-ongeldig", error!);
        var values = own.GroupBy(v => (v.AreaCode, v.Year))
            .Select(g =>
            {
                var row = new IO.Csv.CodeTableRow(
                    g.Key.AreaCode,
                    0,
                    columns.Select(c => g.FirstOrDefault(v => v.IndicatorId == c)?.Value).ToArray()
                );
                return new IndicatorValue(g.Key.AreaCode, table.IndicatorId, g.Key.Year, table.Evaluate(row))
                {
                    Source = layer,
                };
            })
            .Where(v => v.Value is not null)
            .ToList();
        return (new IndicatorBinding(table.IndicatorId, layer, table.Expression), values);
    }

    private static IndicatorBinding Role(string layer, string text, CatalogueIndicators catalogue)
    {
        var id = text.Trim();
        if (id.Length == 0 || id.Contains('=', StringComparison.Ordinal) || id != CodeTableValues.IndicatorId(id))
        {
            throw new GeoOpgaveException(
                "koppeling-ongeldig",
                $"Een vector- of rasterlaag vult een indicator als geheel: geef alleen het indicator-id, niet '{text}'."
            );
        }

        return catalogue.Refusal(id) is { } refusal
            ? throw new GeoOpgaveException("koppeling-ongeldig", refusal)
            : new IndicatorBinding(id, layer, null);
    }
}
