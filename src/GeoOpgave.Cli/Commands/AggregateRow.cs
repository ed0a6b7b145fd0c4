namespace GeoOpgave.Cli.Commands;

/// <summary>One output row of <c>geoopgave aggregate</c>: an area, a class (or none) and the value of each statistic
/// asked for, in the order asked (null: unknown).</summary>
internal sealed record AggregateRow(string Code, string? Class, IReadOnlyList<double?> Values);
