namespace GeoOpgave.IO.Tests.Csv;

/// <summary>
/// Tests that measure the managed heap run alone: <see cref="GC.GetTotalMemory(bool)"/> counts the whole process,
/// so another test class allocating at the same time would be measured too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "heap";
}
