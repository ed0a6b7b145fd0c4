using GeoOpgave.IO.Features;

namespace GeoOpgave.Application.Export;

/// <summary>The features of a collection for the years asked for (RD New), and which years those were.</summary>
public sealed record CollectionData(FeatureCollectionInfo Info, IReadOnlyList<int> Years, VectorLayer Layer);
