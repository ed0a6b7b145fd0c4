using GeoOpgave.IO.Cbs;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The values of the <c>--field</c> of <c>geoopgave aggregate</c> after the sentinel rule. A CBS sentinel
/// (<see cref="CbsSentinels"/>: -99997 secret, -99995 not available, …) means "onbekend", as in every import, so it is
/// missing here too and never a number: one secret grid cell would otherwise drag a buurt's sum far below zero. It
/// is turned into missing before the engine sees it, so the .NET and PostGIS engines skip the same cells. The skipped
/// cells are counted, so that the command can say how many there were.
/// </summary>
internal sealed class AggregateFieldValues
{
    private long _sentinels;

    /// <summary>How many values were a CBS sentinel and were read as missing.</summary>
    public long Sentinels => Interlocked.Read(ref _sentinels);

    /// <summary>The value, or null when it is missing or a CBS sentinel.</summary>
    public double? Of(double? value)
    {
        if (value is { } v && CbsSentinels.IsMissing(v))
        {
            Interlocked.Increment(ref _sentinels);
            return null;
        }

        return value;
    }

    /// <summary>The value, or NaN (the engines' missing) when it is NaN or a CBS sentinel.</summary>
    public double Of(double value) => double.IsNaN(value) ? value : Of((double?)value) ?? double.NaN;
}
