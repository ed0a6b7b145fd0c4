namespace GeoOpgave.Core.Aggregation;

/// <summary>Parameters of <see cref="AggregateRaster"/>.</summary>
public sealed record AggregateRasterParameters
{
    /// <summary>Centre-point rule or exact fractional coverage.</summary>
    public RasterCoverage Coverage { get; init; } = RasterCoverage.Centre;

    /// <summary>When set, <see cref="RasterStatistics.ThresholdShare"/> is the share of the data area at or above it
    /// (or below it, see <see cref="Below"/>).</summary>
    public double? Threshold { get; init; }

    /// <summary>Count values strictly below <see cref="Threshold"/> instead of at or above it.</summary>
    public bool Below { get; init; }

    /// <summary>Threads that process areas at the same time; -1: all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
