using GeoOpgave.Core.Rasters;
using GeoOpgave.IO.Features;

namespace GeoOpgave.Cli.Commands;

/// <summary>The layer of <c>geoopgave aggregate</c>: exactly one of a vector layer, a raster or a streamed point
/// CSV.</summary>
internal sealed record AggregateLayerInput(VectorLayer? Vector, RasterGrid? Raster, AggregatePointSource? Points)
{
    /// <summary>The values of <c>--field</c> as the aggregation read them, with the CBS sentinels it skipped (counted
    /// once per feature or point, however many passes read it).</summary>
    public AggregateFieldValues FieldValues { get; } = new();
}
