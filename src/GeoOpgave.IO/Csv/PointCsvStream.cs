using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Reads a point CSV without holding the file: the header, delimiter, encoding, coordinate columns and CRS are
/// settled by <see cref="Open"/>; <see cref="Blocks"/> yields the points transformed to RD New (EPSG:28992) in
/// columnar blocks, parsed from the bytes with no object per row, and <see cref="Rows"/> the same row by row. A
/// row whose coordinates do not parse is skipped with an issue naming its line and column; points outside the
/// Netherlands are skipped and summed up in one issue at the end: a warning with a few example lines, or an error
/// (swapped axes, wrong CRS) when they are more than 1 % of the points.
/// </summary>
public sealed class PointCsvStream
{
    /// <summary>The rows per block of <see cref="Blocks"/> by default.</summary>
    public const int DefaultBlockRows = 1 << 15;

    private readonly string _path;
    private readonly IssueLog _log;
    private readonly PointCsvLayout _layout;
    private readonly GeometryTransformer? _transform;

    private PointCsvStream(string path, IssueLog log, PointCsvLayout layout, int srid)
    {
        _path = path;
        _log = log;
        _layout = layout;
        SourceSrid = srid;
        _transform = SourceCrs.ToRdNew(srid);
    }

    /// <summary>The layer name: the file name without extension.</summary>
    public string Name => _log.Layer!;

    /// <summary>The EPSG code the coordinates are read in (the option, else guessed from the column names).</summary>
    public int SourceSrid { get; }

    /// <summary>The text encoding: the option, else UTF-8 when the start of the file is valid UTF-8, else
    /// windows-1252.</summary>
    public Encoding Encoding => _layout.Encoding;

    /// <summary>The attribute columns (all but x and y), in file order.</summary>
    public IReadOnlyList<string> AttributeNames => _layout.AttributeNames;

    /// <summary>Every issue so far; it grows while the rows are enumerated.</summary>
    public IReadOnlyList<ImportIssue> Issues => _log.Issues;

    /// <summary>True when an issue of error severity has been found so far.</summary>
    public bool HasErrors => _log.HasErrors;

    /// <summary>The number of rows skipped because a coordinate did not parse, so far.</summary>
    public int RowsSkipped { get; private set; }

    /// <summary>The number of rows skipped because the point lies outside the Netherlands, so far.</summary>
    public int RowsOutside { get; private set; }

    /// <summary>How far <see cref="Blocks"/> has read the file (0–1), as the share of its bytes; 1 when it is
    /// done.</summary>
    public double FractionRead { get; private set; }

    /// <summary>
    /// Opens the file and reads its header. Returns the stream, or null with the issues (missing file, empty
    /// file, no coordinate columns, unsupported CRS) when no row can be read.
    /// </summary>
    public static (PointCsvStream? Stream, IReadOnlyList<ImportIssue> Issues) Open(
        string path,
        PointCsvOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new PointCsvOptions();
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        if (!log.RequireFile(path) || PointCsvLayout.Read(path, options, log) is not { } layout)
        {
            return (null, log.Issues);
        }

        var srid = options.Srid ?? (layout.LonLat ? Srid.Wgs84 : Srid.RdNew);
        if (LayerProjection.For(srid, log) is null)
        {
            return (null, log.Issues);
        }

        return (new PointCsvStream(path, log, layout, srid), log.Issues);
    }

    /// <summary>
    /// The readable rows in file order, in blocks of up to <paramref name="blockRows"/>, read lazily from disk. One
    /// block object is refilled: use its rows before moving on. Enumerate once: a second enumeration reads the file
    /// again and adds its issues again.
    /// </summary>
    public IEnumerable<PointCsvBlock> Blocks(int blockRows = DefaultBlockRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        using var file = new FileStream(
            _path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        var records = new CsvByteRecords(file, _layout.Delimiter);
        records.Next();
        var outside = new OutsideNetherlandsCount();
        var index = 0;
        var block = NewBlock(blockRows);
        while (records.Next())
        {
            if (records.FieldCount == 1 && records.Field(0).Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (Coordinate(records, _layout.X) is not { } x || Coordinate(records, _layout.Y) is not { } y)
            {
                RowsSkipped++;
                continue;
            }

            var (rdX, rdY) = _transform is null ? (x, y) : _transform.Transform(x, y);
            if (outside.IsOutside(records.Line, rdX, rdY))
            {
                RowsOutside = outside.Count;
                continue;
            }

            block.Add(index++, records.Line, rdX, rdY, records, _layout.AttributeFields);
            if (block.IsFull)
            {
                FractionRead = file.Length == 0 ? 1 : Math.Min(1, (double)file.Position / file.Length);
                yield return block;
                block.Clear();
            }
        }

        FractionRead = 1;
        if (block.Count > 0)
        {
            yield return block;
        }

        ReportOversized(records);
        outside.Report(index, _log);
    }

    /// <summary>
    /// The rows one by one (see <see cref="Blocks"/>), each with its attributes as a table: long, double, text or
    /// null. Lazy per row: an issue of a row appears when that row is reached.
    /// </summary>
    public IEnumerable<PointCsvRow> Rows()
    {
        foreach (var block in Blocks(blockRows: 1))
        {
            for (var row = 0; row < block.Count; row++)
            {
                yield return new PointCsvRow(
                    block.Index[row],
                    block.Line[row],
                    block.X[row],
                    block.Y[row],
                    Attributes(block, row)
                );
            }
        }
    }

    private PointCsvBlock NewBlock(int rows) =>
        new(rows, _layout.AttributeNames, _layout.Encoding, _layout.CommaDecimals);

    private double? Coordinate(CsvByteRecords record, int column)
    {
        var bytes = record.Field(column);
        if (CsvCell.TryParseNumber(bytes, _layout.CommaDecimals, out var value))
        {
            return value;
        }

        var text = _layout.Encoding.GetString(bytes);
        var shown = text.Length == 0 ? "een lege cel" : $"'{text}'";
        _log.Error(
            IssueKind.NotANumber,
            $"De coördinaat is {shown}, geen getal; de regel wordt overgeslagen.",
            field: _layout.Header[column],
            row: record.Line
        );
        return null;
    }

    private void ReportOversized(CsvByteRecords records)
    {
        if (records.Oversized)
        {
            _log.Error(
                IssueKind.UnsupportedFormat,
                $"Na regel {records.Line} volgt een regel van meer dan {CsvByteRecords.MaxRecordBytes / (1 << 20)} MB: waarschijnlijk een aanhalingsteken (\") dat niet gesloten wordt. Het lezen is daar gestopt.",
                row: records.Line + 1);
        }
    }

    private static AttributesTable Attributes(PointCsvBlock block, int row)
    {
        var attributes = new AttributesTable();
        for (var c = 0; c < block.AttributeNames.Count; c++)
        {
            var cell = block.Cell(row, c);
            attributes.Add(block.AttributeNames[c], cell.Kind switch
            {
                CsvCellKind.Empty => null,
                CsvCellKind.Integer => cell.Integer,
                CsvCellKind.Real => cell.Real,
                _ => block.Text(row, c),
            });
        }

        return attributes;
    }
}
