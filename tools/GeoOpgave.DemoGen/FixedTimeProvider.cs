namespace GeoOpgave.DemoGen;

/// <summary>A clock stopped at one instant, so the files carry no run-dependent timestamp.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
