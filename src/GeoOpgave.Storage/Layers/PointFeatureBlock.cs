namespace GeoOpgave.Storage.Layers;

/// <summary>
/// A block of point features ready to store: per row the feature index, the RD New (EPSG:28992) coordinates in
/// metres and the attributes as UTF-8 JSON (empty for none). Columnar, so a million points are a few arrays
/// rather than a million objects; a block may be reused once the store has consumed it.
/// </summary>
public sealed class PointFeatureBlock
{
    private readonly int[] _index;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _jsonEnd;
    private byte[] _json = new byte[1 << 16];

    /// <param name="capacity">The most rows the block holds.</param>
    public PointFeatureBlock(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _index = new int[capacity];
        _x = new double[capacity];
        _y = new double[capacity];
        _jsonEnd = new int[capacity];
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>True when no further row fits.</summary>
    public bool IsFull => Count == _index.Length;

    /// <summary>The feature index of each row (unique within the layer).</summary>
    public ReadOnlySpan<int> Index => _index.AsSpan(0, Count);

    /// <summary>Easting of each row, RD New metres.</summary>
    public ReadOnlySpan<double> X => _x.AsSpan(0, Count);

    /// <summary>Northing of each row, RD New metres.</summary>
    public ReadOnlySpan<double> Y => _y.AsSpan(0, Count);

    /// <summary>The attributes of <paramref name="row"/> as a UTF-8 JSON object; empty when the feature has
    /// none.</summary>
    public ReadOnlySpan<byte> AttributesJson(int row) =>
        _json.AsSpan(row == 0 ? 0 : _jsonEnd[row - 1], _jsonEnd[row] - (row == 0 ? 0 : _jsonEnd[row - 1]));

    /// <summary>Appends a row; <paramref name="attributesJson"/> is copied (a JSON object, or empty for
    /// none).</summary>
    public void Add(int index, double x, double y, ReadOnlySpan<byte> attributesJson)
    {
        if (IsFull)
        {
            throw new InvalidOperationException("The block is full.");
        }

        var start = Count == 0 ? 0 : _jsonEnd[Count - 1];
        if (start + attributesJson.Length > _json.Length)
        {
            Array.Resize(ref _json, Math.Max(_json.Length * 2, start + attributesJson.Length));
        }

        attributesJson.CopyTo(_json.AsSpan(start));
        _index[Count] = index;
        _x[Count] = x;
        _y[Count] = y;
        _jsonEnd[Count] = start + attributesJson.Length;
        Count++;
    }

    /// <summary>Empties the block for reuse.</summary>
    public void Clear() => Count = 0;
}
