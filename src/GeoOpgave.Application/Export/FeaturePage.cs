using NetTopologySuite.Features;

namespace GeoOpgave.Application.Export;

/// <summary>The features of one page and how many features matched the query in all.</summary>
public sealed record FeaturePage(IReadOnlyList<IFeature> Features, int NumberMatched);
