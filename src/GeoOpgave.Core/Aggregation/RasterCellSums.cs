using System.Numerics;
using System.Runtime.CompilerServices;

namespace GeoOpgave.Core.Aggregation;

/// <summary>Weighted sums over the cells of one area.</summary>
internal sealed class RasterCellSums(float? noData, double? threshold, bool below)
{
    private readonly bool _hasNoData = noData is not null;
    private readonly float _noData = noData ?? 0;
    private readonly bool _hasThreshold = threshold is not null;
    private readonly double _threshold = threshold ?? 0;
    private double _covered;
    private double _data;
    private double _sum;
    private double _beyond;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(float value, double weight)
    {
        _covered += weight;
        if (float.IsNaN(value) || (_hasNoData && value == _noData))
        {
            return;
        }

        _data += weight;
        _sum += weight * value;
        _min = Math.Min(_min, value);
        _max = Math.Max(_max, value);
        if (_hasThreshold && (below ? value < _threshold : value >= _threshold))
        {
            _beyond += weight;
        }
    }

    /// <summary>A run of whole cells (weight 1 each), eight or sixteen cells at a time where the CPU has
    /// SIMD.</summary>
    public void AddRun(ReadOnlySpan<float> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<float>.Count)
        {
            i = AddVectors(values);
        }

        foreach (var value in values[i..])
        {
            Add(value, 1);
        }
    }

    private int AddVectors(ReadOnlySpan<float> values)
    {
        var noData = new Vector<float>(_hasNoData ? _noData : float.NaN);
        var threshold = new Vector<float>(FloatThreshold());
        var (sumLow, sumHigh) = (Vector<double>.Zero, Vector<double>.Zero);
        var (min, max) = (new Vector<float>(float.PositiveInfinity), new Vector<float>(float.NegativeInfinity));
        var (count, beyond) = (Vector<int>.Zero, Vector<int>.Zero);
        var i = 0;
        for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var v = new Vector<float>(values[i..]);
            var valid = Vector.Equals(v, v) & ~Vector.Equals(v, noData);
            count -= valid;
            Vector.Widen(Vector.ConditionalSelect(valid, v, Vector<float>.Zero), out var low, out var high);
            (sumLow, sumHigh) = (sumLow + low, sumHigh + high);
            min = Vector.Min(min, Vector.ConditionalSelect(valid, v, new Vector<float>(float.PositiveInfinity)));
            max = Vector.Max(max, Vector.ConditionalSelect(valid, v, new Vector<float>(float.NegativeInfinity)));
            beyond -= valid & (below ? Vector.LessThan(v, threshold) : Vector.GreaterThanOrEqual(v, threshold));
        }

        var data = Vector.Sum(count);
        _covered += i;
        _data += data;
        _sum += Vector.Sum(sumLow) + Vector.Sum(sumHigh);
        _beyond += _hasThreshold ? Vector.Sum(beyond) : 0;
        for (var k = 0; k < Vector<float>.Count && data > 0; k++)
        {
            (_min, _max) = (Math.Min(_min, min[k]), Math.Max(_max, max[k]));
        }

        return i;
    }

    // The float t with (value >= t) == ((double)value >= threshold) for every float value, so SIMD compares agree with
    // Add.
    private float FloatThreshold()
    {
        var t = (float)_threshold;
        return (double)t < _threshold ? MathF.BitIncrement(t) : t;
    }

    public RasterStatistics ToStatistics(string code, double areaM2, double cellAreaM2)
    {
        var fraction = areaM2 > 0 ? Math.Min(1, _data * cellAreaM2 / areaM2) : 0;
        return _data <= 0
            ? new RasterStatistics(code, _covered, 0, null, null, null, null, null, fraction)
            : new RasterStatistics(
                code,
                _covered,
                _data,
                _sum,
                _sum / _data,
                _min,
                _max,
                _hasThreshold ? _beyond / _data : null,
                fraction
            );
    }
}
