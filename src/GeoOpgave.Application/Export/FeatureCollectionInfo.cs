using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Export;

/// <summary>A feature collection the API publishes: one CBS area level.</summary>
/// <param name="Id">The collection id in URLs: gemeenten, wijken or buurten.</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Description">Dutch description.</param>
/// <param name="Level">The area level of its features.</param>
/// <param name="IdAttribute">The attribute that identifies a feature within a year (the CBS code).</param>
public sealed record FeatureCollectionInfo(string Id, string Title, string Description, AreaLevel Level, string IdAttribute);
