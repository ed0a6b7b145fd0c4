namespace GeoOpgave.Application.Import;

/// <summary>One attribute field of an imported layer.</summary>
/// <param name="Name">The field name as in the source.</param>
/// <param name="Type">"integer", "real", "text", "boolean", "mixed" or "empty" (only missing values).</param>
/// <param name="Missing">How many features had no value (null, empty text, absent, or a CBS sentinel).</param>
public sealed record ImportFieldSummary(string Name, string Type, int Missing);
