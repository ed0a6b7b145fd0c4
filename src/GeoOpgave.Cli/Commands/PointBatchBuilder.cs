using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Fills point batches of a fixed size for the aggregator, each with fresh arrays (the aggregator's worker
/// threads still use a batch while the next one fills); classes become ids into a growing list of names.
/// </summary>
internal sealed class PointBatchBuilder(int size, List<string> classNames, string? onlyClass)
{
    private readonly Dictionary<string, int> _ids = classNames
        .Select((name, id) => (name, id))
        .ToDictionary(c => c.name, c => c.id, StringComparer.Ordinal);
    private double[] _x = new double[size];
    private double[] _y = new double[size];
    private double[] _values = new double[size];
    private int[] _classes = new int[size];
    private int _count;

    /// <summary>Adds a point (RD New); returns the batch when it is full, else null. A point of another class than the
    /// one asked for is left out.</summary>
    public PointBatch? Add(double x, double y, double value, string? cls)
    {
        if (onlyClass is not null && !string.Equals(cls, onlyClass, StringComparison.Ordinal))
        {
            return null;
        }

        (_x[_count], _y[_count], _values[_count]) = (x, y, value);
        _classes[_count] = cls is null ? -1 : Id(cls);
        return ++_count == size ? Flush() : null;
    }

    /// <summary>The points added since the last batch, or null when there are none.</summary>
    public PointBatch? Flush()
    {
        if (_count == 0)
        {
            return null;
        }

        var batch = new PointBatch(_x, _y, _values, _classes, _count);
        (_x, _y, _values, _classes, _count) = (new double[size], new double[size], new double[size], new int[size], 0);
        return batch;
    }

    private int Id(string cls)
    {
        if (!_ids.TryGetValue(cls, out var id))
        {
            id = classNames.Count;
            classNames.Add(cls);
            _ids[cls] = id;
        }

        return id;
    }
}
