namespace GeoOpgave.IO.Cbs;

/// <summary>
/// The codes CBS puts in a numeric cell instead of a value: -99999999 (not available, maps up to 2021),
/// -99999997 (secret, up to 2021), -99995 (not available, 2022 on) and -99997 (secret, 2022 on). They occur
/// as integers and as floats and always mean "unknown", never a number.
/// </summary>
public static class CbsSentinels
{
    private static readonly double[] Sentinels = [-99_999_999, -99_999_997, -99_995, -99_997];

    /// <summary>The sentinel values.</summary>
    public static IReadOnlyList<double> Values => Sentinels;

    /// <summary>
    /// True when the value is a CBS sentinel. The comparison allows a relative 1e-7, because a sentinel that
    /// passed through a 32-bit float (-99999999 becomes -100000000) is still a sentinel.
    /// </summary>
    public static bool IsMissing(double value)
    {
        // Every sentinel lies below -99 990; aggregate asks this of every one of millions of points.
        if (!(value < -99_990))
        {
            return false;
        }

        foreach (var sentinel in Sentinels)
        {
            if (Math.Abs(value - sentinel) <= Math.Abs(sentinel) * 1e-7)
            {
                return true;
            }
        }

        return false;
    }
}
