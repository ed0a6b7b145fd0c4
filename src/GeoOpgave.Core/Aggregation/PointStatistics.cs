namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The points of one area. Sum, mean, min and max cover the points with a value; they are null when
/// no point in the area has one. <see cref="ClassCounts"/> counts points per class.
/// </summary>
public sealed record PointStatistics(
    long Count,
    long ValueCount,
    double? Sum,
    double? Mean,
    double? Min,
    double? Max,
    IReadOnlyDictionary<string, long> ClassCounts)
{
    /// <summary>The share (0–1) of the area's points whose class is one of <paramref name="classes"/>; null without
    /// points.</summary>
    public double? ShareOf(IEnumerable<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return Count == 0 ? null : classes.Sum(c => ClassCounts.GetValueOrDefault(c)) / (double)Count;
    }
}
