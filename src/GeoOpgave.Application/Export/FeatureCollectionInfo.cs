using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Export;

/// <summary>A feature collection the API and the exports publish.</summary>
/// <param name="Id">The collection id in URLs: gemeenten, wijken, buurten, selecties or laag-…</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Description">Dutch description.</param>
/// <param name="Kind">Where the features come from.</param>
/// <param name="IdAttribute">The attribute that identifies a feature (within a year for areas).</param>
public sealed record FeatureCollectionInfo(
    string Id,
    string Title,
    string Description,
    CollectionKind Kind,
    string IdAttribute
)
{
    /// <summary>The CBS area level of an area or analysis collection; null for layers and selecties.</summary>
    public AreaLevel? Level { get; init; }

    /// <summary>The stored layer of a layer collection; null otherwise.</summary>
    public long? LayerId { get; init; }

    /// <summary>The year an imported layer is valid for; null when it has none (or for other collections).</summary>
    public int? LayerYear { get; init; }
}
