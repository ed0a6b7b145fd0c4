namespace GeoOpgave.Core.Aggregation;

/// <summary>Parameters of <see cref="AggregateZones"/> and <see cref="InterpolateAreal"/>.</summary>
public sealed record AggregateZonesParameters
{
    /// <summary>Threads that process areas at the same time; -1: all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
