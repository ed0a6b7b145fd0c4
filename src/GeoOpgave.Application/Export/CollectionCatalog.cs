using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The feature collections the OGC API, the tiles and the exports publish, in RD New: gemeenten, wijken and buurten
/// (the latter with the analysis of a profiel as properties) per CBS year, every imported vector layer
/// (<c>laag-…</c>, see <see cref="LayerCollections"/>), all planned works together (<see cref="WerkenCollection"/>) and
/// the saved selecties. Raster and table layers have no features and are not published as collections.
/// </summary>
public sealed class CollectionCatalog(
    WorkspaceStore store,
    AnalysisService analysis,
    ProfileCatalog profiles,
    LayerStore layers,
    SelectieStore selecties,
    WerkenService werken
)
{
    public const string Gemeenten = "gemeenten";
    public const string Wijken = "wijken";
    public const string Buurten = "buurten";
    public const string Selecties = "selecties";

    /// <summary>The CBS area collections, which every workspace has, in the order a client lists them.</summary>
    public static IReadOnlyList<FeatureCollectionInfo> AreaCollections { get; } =
    [
        new(Gemeenten, "Gemeenten", "De CBS-gemeenten van de werkruimte.", CollectionKind.Areas, "gemeentecode")
        {
            Level = AreaLevel.Gemeente,
        },
        new(Wijken, "Wijken", "De CBS-wijken van de werkruimte.", CollectionKind.Areas, "wijkcode")
        {
            Level = AreaLevel.Wijk,
        },
        new(
            Buurten,
            "Buurten met analyse",
            "De CBS-buurten met urgentie per opgave, overlap en koppelkansen volgens het gekozen profiel (?profiel=, standaard: standaard).",
            CollectionKind.Analysis,
            "buurtcode") { Level = AreaLevel.Buurt },
    ];

    /// <summary>The collection of saved selecties.</summary>
    public static FeatureCollectionInfo SelectieCollection { get; } =
        new(
            Selecties,
            "Selecties",
            "De bewaarde selecties van planners: per selectie de samengevoegde buurten, met naam, notities, buurtcodes en data.",
            CollectionKind.Selecties,
            SelectieFeatures.IdAttribute
        );

    /// <summary>Every collection: the area collections, werken, one per imported vector layer (by name), then
    /// selecties.</summary>
    public async Task<IReadOnlyList<FeatureCollectionInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var layerCollections = LayerCollections.Describe(await layers.ListLayersAsync(cancellationToken));
        return [.. AreaCollections, WerkenCollection.Info, .. layerCollections, SelectieCollection];
    }

    /// <summary>The collection with this id, or null.</summary>
    public async Task<FeatureCollectionInfo?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!id.StartsWith(LayerCollections.Prefix, StringComparison.Ordinal))
        {
            return AreaCollections
                .Append(WerkenCollection.Info)
                .Append(SelectieCollection)
                .FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        }

        return (await ListAsync(cancellationToken)).FirstOrDefault(c =>
            string.Equals(c.Id, id, StringComparison.Ordinal)
        );
    }

    /// <summary>
    /// <paramref name="years"/> narrowed to the years the collection has: every datetime that selects the same years
    /// gives the same range (so a client varying the instant cannot fill the cache with copies); null when the
    /// collection has no years (a layer without a year, the selecties), where datetime selects nothing away.
    /// </summary>
    public async Task<YearRange?> SnapAsync(
        FeatureCollectionInfo info,
        YearRange years,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(years);
        if (
            info.Kind == CollectionKind.Selecties
            || (info.Level is null && info.LayerYear is null && info.Kind != CollectionKind.Werken)
        )
        {
            return null;
        }

        var inside = (await YearsAsync(info, cancellationToken)).Where(years.Contains).ToList();
        return inside.Count == 0 ? YearRange.None : new YearRange(inside.Min(), inside.Max());
    }

    /// <summary>The years the collection's features are valid for, ascending; empty when it has no time.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(FeatureCollectionInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (info.Kind == CollectionKind.Werken)
        {
            return WerkenCollection.Years(await werken.ListAsync(null, null, null, cancellationToken));
        }

        if (info.Level is not { } level)
        {
            return info.LayerYear is { } layerYear ? [layerYear] : [];
        }

        return await store.GetAreaYearsAsync(level, cancellationToken);
    }

    /// <summary>
    /// The features of <paramref name="years"/> (null: the latest year only; ignored by collections without time).
    /// Buurten carry the analysis with <paramref name="profiel"/> (null: the default profile); other collections
    /// ignore it.
    /// </summary>
    /// <exception cref="GeoOpgaveException">An unknown profiel (code "profiel-onbekend").</exception>
    public async Task<CollectionData> LoadAsync(
        FeatureCollectionInfo info,
        string? profiel,
        YearRange? years,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.Kind switch
        {
            CollectionKind.Layer => await LayerAsync(info, years, cancellationToken),
            CollectionKind.Selecties => await SelectiesAsync(info, cancellationToken),
            CollectionKind.Werken => await WerkenAsync(info, years, cancellationToken),
            _ => await AreasAsync(info, profiel, years, cancellationToken),
        };
    }

    private async Task<CollectionData> AreasAsync(
        FeatureCollectionInfo info,
        string? profiel,
        YearRange? years,
        CancellationToken cancellationToken
    )
    {
        IReadOnlyList<int?> selected = years is null
            ? [null]
            : (await YearsAsync(info, cancellationToken)).Where(years.Contains).Select(y => (int?)y).ToList();
        var features = new List<IFeature>();
        var loaded = new List<int>();
        foreach (var year in selected)
        {
            var (yearFeatures, actualYear) = info.Kind == CollectionKind.Analysis
                ? await BuurtenAsync(profiel, year, cancellationToken)
                : await AreasAsync(info.Level!.Value, year, cancellationToken);
            features.AddRange(yearFeatures);
            if (actualYear is { } y)
            {
                loaded.Add(y);
            }
        }

        return new CollectionData(info, loaded, new VectorLayer(info.Id, Srid.RdNew, features));
    }

    private async Task<CollectionData> LayerAsync(
        FeatureCollectionInfo info,
        YearRange? years,
        CancellationToken cancellationToken
    )
    {
        var layer = info.LayerId is { } id ? await layers.GetLayerAsync(id, cancellationToken) : null;
        var outOfRange = years is not null && info.LayerYear is { } year && !years.Contains(year);
        if (layer is null || outOfRange)
        {
            return new CollectionData(info, [], new VectorLayer(info.Id, Srid.RdNew, []));
        }

        var fields = LayerFields.Parse(layer.FieldsJson);
        var stored = await layers.GetFeaturesAsync(layer.Id, cancellationToken);
        var features = stored.Select(f => LayerFields.ToFeature(f, fields, info.IdAttribute)).ToList();
        return new CollectionData(info, layer.Year is { } y ? [y] : [], new VectorLayer(info.Id, Srid.RdNew, features));
    }

    private async Task<CollectionData> WerkenAsync(
        FeatureCollectionInfo info,
        YearRange? years,
        CancellationToken cancellationToken
    )
    {
        var works = await werken.ListAsync(years?.From, years?.To, null, cancellationToken);
        return new CollectionData(info, WerkenCollection.Years(works), WerkenRecords.ToLayer(works));
    }

    private async Task<CollectionData> SelectiesAsync(FeatureCollectionInfo info, CancellationToken cancellationToken)
    {
        var saved = await selecties.ListAsync(cancellationToken);
        var buurten = saved.Count == 0 ? [] : await store.GetAreasAsync(AreaLevel.Buurt, null, cancellationToken);
        return new CollectionData(
            info,
            [],
            new VectorLayer(info.Id, Srid.RdNew, SelectieFeatures.Build([.. saved], buurten))
        );
    }

    private async Task<(IReadOnlyList<IFeature> Features, int? Year)> BuurtenAsync(
        string? profiel,
        int? year,
        CancellationToken cancellationToken
    )
    {
        if (!await store.HasAreasAsync(AreaLevel.Buurt, year, cancellationToken))
        {
            // Validates the profiel even for an empty workspace, so a typo is never answered with an empty page.
            _ = profiles.Get(profiel);
            return ([], null);
        }

        var result = await analysis.AnalyseAsync(profiel, cancellationToken, year);
        return (AnalysisLayer.Build(result).Features, result.Year);
    }

    private async Task<(IReadOnlyList<IFeature> Features, int? Year)> AreasAsync(
        AreaLevel level,
        int? year,
        CancellationToken cancellationToken
    )
    {
        var areas = await store.GetAreasAsync(level, year, cancellationToken);
        var features = areas.Select(a => (IFeature)new Feature(a.Geometry, Attributes(a))).ToList();
        return (features, areas.Count > 0 ? areas[0].Year : null);
    }

    private static AttributesTable Attributes(Area area) =>
        area.Level == AreaLevel.Gemeente
            ? new AttributesTable
            {
                { "gemeentecode", area.Code },
                { "gemeentenaam", area.Name },
                { "jaar", (long)area.Year },
            }
            : new AttributesTable
            {
                { "wijkcode", area.Code },
                { "wijknaam", area.Name },
                { "gemeentecode", area.GemeenteCode },
                { "jaar", (long)area.Year },
            };
}
