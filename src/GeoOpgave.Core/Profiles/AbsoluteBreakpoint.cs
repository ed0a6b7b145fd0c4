namespace GeoOpgave.Core.Profiles;

/// <summary>One point of an absolute normalisation: a raw value in the indicator's unit and its score
/// (0–100).</summary>
public readonly record struct AbsoluteBreakpoint(double Value, double Score);
