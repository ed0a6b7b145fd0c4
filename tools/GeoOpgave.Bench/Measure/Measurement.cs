namespace GeoOpgave.Bench.Measure;

/// <summary>
/// One timed run: the measured wall-clock seconds, a part of it worth showing apart (e.g. reading), peak
/// memory, a checksum of the answer and, for the .NET engine, the CPU seconds of the timed part (all
/// threads): on a shared machine the wall clock drifts with the neighbours' load, CPU time much less.
/// </summary>
internal sealed record Measurement(
    string Workload,
    double Seconds,
    double? ReadSeconds,
    long PeakBytes,
    string Checksum,
    double? CpuSeconds = null
);
