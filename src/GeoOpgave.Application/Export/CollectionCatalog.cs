using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The feature collections the OGC API and the tiles publish: gemeenten, wijken and buurten (the latter with the
/// analysis of a profiel as properties), per CBS year, in RD New.
/// </summary>
public sealed class CollectionCatalog(WorkspaceStore store, AnalysisService analysis, ProfileCatalog profiles)
{
    public const string Gemeenten = "gemeenten";
    public const string Wijken = "wijken";
    public const string Buurten = "buurten";

    /// <summary>Every collection, in the order a client lists them.</summary>
    public static IReadOnlyList<FeatureCollectionInfo> Collections { get; } =
    [
        new(Gemeenten, "Gemeenten", "De CBS-gemeenten van de werkruimte.", AreaLevel.Gemeente, "gemeentecode"),
        new(Wijken, "Wijken", "De CBS-wijken van de werkruimte.", AreaLevel.Wijk, "wijkcode"),
        new(
            Buurten,
            "Buurten met analyse",
            "De CBS-buurten met urgentie per opgave, overlap en koppelkansen volgens het gekozen profiel (?profiel=, standaard: standaard).",
            AreaLevel.Buurt,
            "buurtcode"),
    ];

    /// <summary>The collection with this id, or null.</summary>
    public static FeatureCollectionInfo? Find(string id) =>
        Collections.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>The years that hold areas of the collection's level, ascending.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(FeatureCollectionInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var years = new List<int>();
        foreach (var year in await store.GetYearsAsync(cancellationToken))
        {
            // The store has no per-level year query; one gemeente's areas are cheap to read (see the API notes).
            if ((await store.GetAreasAsync(info.Level, year, cancellationToken)).Count > 0)
            {
                years.Add(year);
            }
        }

        return years;
    }

    /// <summary>
    /// The features of <paramref name="years"/> (null: the latest year only). Buurten carry the analysis with
    /// <paramref name="profiel"/> (null: the default profile).
    /// </summary>
    /// <exception cref="GeoOpgaveException">An unknown profiel (code "profiel-onbekend").</exception>
    public async Task<CollectionData> LoadAsync(FeatureCollectionInfo info, string? profiel, YearRange? years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        IReadOnlyList<int?> selected = years is null
            ? [null]
            : (await YearsAsync(info, cancellationToken)).Where(years.Contains).Select(y => (int?)y).ToList();
        var features = new List<IFeature>();
        var loaded = new List<int>();
        foreach (var year in selected)
        {
            var (yearFeatures, actualYear) = info.Level == AreaLevel.Buurt
                ? await BuurtenAsync(profiel, year, cancellationToken)
                : await AreasAsync(info.Level, year, cancellationToken);
            features.AddRange(yearFeatures);
            if (actualYear is { } y)
            {
                loaded.Add(y);
            }
        }

        return new CollectionData(info, loaded, new VectorLayer(info.Id, Srid.RdNew, features));
    }

    private async Task<(IReadOnlyList<IFeature> Features, int? Year)> BuurtenAsync(string? profiel, int? year, CancellationToken cancellationToken)
    {
        if ((await store.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken)).Count == 0)
        {
            // Validates the profiel even for an empty workspace, so a typo is never answered with an empty page.
            _ = profiles.Get(profiel);
            return ([], null);
        }

        var result = await analysis.AnalyseAsync(profiel, cancellationToken, year);
        return (AnalysisLayer.Build(result).Features, result.Year);
    }

    private async Task<(IReadOnlyList<IFeature> Features, int? Year)> AreasAsync(AreaLevel level, int? year, CancellationToken cancellationToken)
    {
        var areas = await store.GetAreasAsync(level, year, cancellationToken);
        var features = areas.Select(a => (IFeature)new Feature(a.Geometry, Attributes(a))).ToList();
        return (features, areas.Count > 0 ? areas[0].Year : null);
    }

    private static AttributesTable Attributes(Area area) => area.Level == AreaLevel.Gemeente
        ? new AttributesTable { { "gemeentecode", area.Code }, { "gemeentenaam", area.Name }, { "jaar", (long)area.Year } }
        : new AttributesTable
        {
            { "wijkcode", area.Code }, { "wijknaam", area.Name }, { "gemeentecode", area.GemeenteCode }, { "jaar", (long)area.Year },
        };
}
