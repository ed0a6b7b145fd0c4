using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;

namespace GeoOpgave.Cli.Commands;

/// <summary>The layer of <c>geoopgave aggregate</c>: exactly one of a vector layer, a raster or a streamed point
/// CSV.</summary>
internal sealed record AggregateLayerInput(VectorLayer? Vector, RasterGrid? Raster, AggregatePointSource? Points);
