using System.Text;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Up to a few ten thousand rows of a point CSV in columns, as <see cref="PointCsvStream.Blocks"/> reads them:
/// index, line and RD New (EPSG:28992) coordinates in metres per row, and the attribute cells as the file's
/// bytes, read on demand with <see cref="Cell"/> and <see cref="Text"/>. No object per row. The stream reuses
/// one block: its content is valid until the enumeration moves on.
/// </summary>
public sealed class PointCsvBlock
{
    private readonly int[] _index;
    private readonly int[] _line;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _cellStart;
    private readonly int[] _cellLength;
    private readonly bool _commaDecimals;
    private byte[] _bytes;
    private int _used;

    internal PointCsvBlock(int capacity, IReadOnlyList<string> attributeNames, Encoding encoding, bool commaDecimals)
    {
        _index = new int[capacity];
        _line = new int[capacity];
        _x = new double[capacity];
        _y = new double[capacity];
        _cellStart = new int[capacity * attributeNames.Count];
        _cellLength = new int[capacity * attributeNames.Count];
        AttributeNames = attributeNames;
        Encoding = encoding;
        _commaDecimals = commaDecimals;
        _bytes = new byte[Math.Min(1 << 16, capacity * 16)];
    }

    /// <summary>The number of rows in this block.</summary>
    public int Count { get; private set; }

    /// <summary>The attribute columns (every column but x and y, unnamed and repeated names left out), in file
    /// order.</summary>
    public IReadOnlyList<string> AttributeNames { get; }

    /// <summary>The encoding of the text cells.</summary>
    public Encoding Encoding { get; }

    internal bool IsFull => Count == _index.Length;

    /// <summary>The 0-based index of each row among the rows read (skipped rows do not count).</summary>
    public ReadOnlySpan<int> Index => _index.AsSpan(0, Count);

    /// <summary>The 1-based line of the file on which each row starts.</summary>
    public ReadOnlySpan<int> Line => _line.AsSpan(0, Count);

    /// <summary>Easting of each row in RD New (EPSG:28992), metres.</summary>
    public ReadOnlySpan<double> X => _x.AsSpan(0, Count);

    /// <summary>Northing of each row in RD New (EPSG:28992), metres.</summary>
    public ReadOnlySpan<double> Y => _y.AsSpan(0, Count);

    /// <summary>The cell of attribute <paramref name="column"/> in <paramref name="row"/>, read as a value; empty when
    /// the row was short.</summary>
    public CsvCell Cell(int row, int column) => CsvCell.Read(Raw(row, column), _commaDecimals);

    /// <summary>The bytes of a cell as in the file (quotes removed, spaces kept), in <see cref="Encoding"/>.</summary>
    public ReadOnlySpan<byte> Raw(int row, int column)
    {
        var cell = (row * AttributeNames.Count) + column;
        return _bytes.AsSpan(_cellStart[cell], _cellLength[cell]);
    }

    /// <summary>The cell as text (as in the file, decoded).</summary>
    public string Text(int row, int column) => Encoding.GetString(Raw(row, column));

    internal void Clear()
    {
        Count = 0;
        _used = 0;
    }

    internal void Add(int index, int line, double x, double y, CsvByteRecords record, int[] attributeFields)
    {
        var row = Count++;
        _index[row] = index;
        _line[row] = line;
        _x[row] = x;
        _y[row] = y;
        var cell = row * attributeFields.Length;
        for (var c = 0; c < attributeFields.Length; c++, cell++)
        {
            var field = record.Field(attributeFields[c]);
            if (_used + field.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + field.Length));
            }

            field.CopyTo(_bytes.AsSpan(_used));
            _cellStart[cell] = _used;
            _cellLength[cell] = field.Length;
            _used += field.Length;
        }
    }
}
