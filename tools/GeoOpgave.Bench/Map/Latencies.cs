using System.Globalization;

namespace GeoOpgave.Bench.Map;

/// <summary>Request latencies in milliseconds with their p50/p95/max.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public long Bytes { get; private set; }

    /// <summary>The largest response body.</summary>
    public long MaxBytes { get; private set; }

    public void Add(double ms, long bytes)
    {
        _ms.Add(ms);
        Bytes += bytes;
        MaxBytes = Math.Max(MaxBytes, bytes);
    }

    public void AddRange(Latencies other)
    {
        _ms.AddRange(other._ms);
        Bytes += other.Bytes;
        MaxBytes = Math.Max(MaxBytes, other.MaxBytes);
    }

    public double Percentile(double p)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ms.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"n {Count}, p50 {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, max {Percentile(1):F1} ms, gemiddeld {Bytes / Math.Max(1, Count) / 1024.0:F1} KB, grootste {MaxBytes / 1024.0:F1} KB"
        );
}
