namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// A chunk of points as plain arrays, so millions of points stream through the aggregator without an
/// object per point. Coordinates in RD New (metres). Arrays may be longer than <see cref="Count"/>.
/// </summary>
/// <param name="X">X (easting) per point.</param>
/// <param name="Y">Y (northing) per point.</param>
/// <param name="Values">The value per point, NaN when missing; null when the layer has no value field.</param>
/// <param name="Classes">The class id per point (index into the caller's class list), -1 when missing; null without
/// classes.</param>
/// <param name="Count">How many entries of the arrays are points.</param>
/// <param name="Start">The index of the first point in the arrays, so one big set of arrays can be cut into batches
/// without copying.</param>
public sealed record PointBatch(double[] X, double[] Y, double[]? Values, int[]? Classes, int Count, int Start = 0);
