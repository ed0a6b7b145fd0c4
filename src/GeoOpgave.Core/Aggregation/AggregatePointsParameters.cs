namespace GeoOpgave.Core.Aggregation;

/// <summary>Parameters of <see cref="AggregatePoints"/>.</summary>
public sealed record AggregatePointsParameters
{
    /// <summary>Threads that locate points at the same time; -1: all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    public const int DefaultBatchSize = 1 << 16;

    /// <summary>Points per batch when the input is a sequence of <see cref="PointObservation"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;
}
