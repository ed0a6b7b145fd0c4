using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Reads a point CSV row by row without holding the file: the header, delimiter, coordinate columns and CRS
/// are settled by <see cref="Open"/>, and <see cref="Rows"/> yields each point transformed to RD New
/// (EPSG:28992) on the fly with one reusable transform. A row whose coordinates do not parse is skipped with
/// an issue naming its line and column; points outside the Netherlands are summed up in one issue at the end.
/// </summary>
public sealed class PointCsvStream
{
    private readonly string _path;
    private readonly IssueLog _log;
    private readonly char _delimiter;
    private readonly (int X, int Y, bool LonLat) _columns;
    private readonly IReadOnlyList<string> _header;
    private readonly GeometryTransformer? _transform;

    private PointCsvStream(string path, IssueLog log, char delimiter, IReadOnlyList<string> header, (int X, int Y, bool LonLat) columns, int srid)
    {
        _path = path;
        _log = log;
        _delimiter = delimiter;
        _header = header;
        _columns = columns;
        SourceSrid = srid;
        _transform = SourceCrs.ToRdNew(srid);
    }

    /// <summary>The layer name: the file name without extension.</summary>
    public string Name => _log.Layer!;

    /// <summary>The EPSG code the coordinates are read in (the option, else guessed from the column names).</summary>
    public int SourceSrid { get; }

    /// <summary>Every issue so far; it grows while <see cref="Rows"/> is enumerated.</summary>
    public IReadOnlyList<ImportIssue> Issues => _log.Issues;

    /// <summary>True when an issue of error severity has been found so far.</summary>
    public bool HasErrors => _log.HasErrors;

    /// <summary>The number of rows skipped because a coordinate did not parse, so far.</summary>
    public int RowsSkipped { get; private set; }

    /// <summary>
    /// Opens the file and reads its header. Returns the stream, or null with the issues (missing file, empty
    /// file, no coordinate columns, unsupported CRS) when no row can be read.
    /// </summary>
    public static (PointCsvStream? Stream, IReadOnlyList<ImportIssue> Issues) Open(string path, PointCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new PointCsvOptions();
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        if (!log.RequireFile(path))
        {
            return (null, log.Issues);
        }

        var firstLine = File.ReadLines(path, Encoding.UTF8).FirstOrDefault() ?? string.Empty;
        var delimiter = options.Delimiter ?? CsvColumns.DetectDelimiter(firstLine);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        if (new CsvRecordReader(reader, delimiter).Next() is not { } header)
        {
            log.Error(ImportIssueKind.UnsupportedFormat, "Het bestand is leeg; verwacht een kopregel met kolomnamen.", row: 1);
            return (null, log.Issues);
        }

        if (CsvColumns.Find(header.Fields, options) is not { } columns)
        {
            log.Error(
                ImportIssueKind.MissingField,
                $"Geen coördinaatkolommen gevonden (verwacht x/y of lon/lat{ExpectedNames(options)}); kolommen: {string.Join(", ", header.Fields)}.",
                row: 1);
            return (null, log.Issues);
        }

        var srid = options.Srid ?? (columns.LonLat ? Srid.Wgs84 : Srid.RdNew);
        if (LayerProjection.For(srid, log) is null)
        {
            return (null, log.Issues);
        }

        return (new PointCsvStream(path, log, delimiter, header.Fields, columns, srid), log.Issues);
    }

    /// <summary>
    /// The readable rows in file order, read lazily from disk. Enumerate once: a second enumeration reads the
    /// file again and adds its issues again.
    /// </summary>
    public IEnumerable<PointCsvRow> Rows()
    {
        using var reader = new StreamReader(_path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var records = new CsvRecordReader(reader, _delimiter);
        records.Next();
        var commaDecimals = _delimiter == ';';
        var outside = new OutsideNetherlandsCount();
        var index = 0;
        while (records.Next() is { } record)
        {
            if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0]))
            {
                continue;
            }

            var x = Coordinate(record, _columns.X, commaDecimals);
            var y = Coordinate(record, _columns.Y, commaDecimals);
            if (x is null || y is null)
            {
                RowsSkipped++;
                continue;
            }

            var (rdX, rdY) = _transform is null ? (x.Value, y.Value) : _transform.Transform(x.Value, y.Value);
            outside.Add(index, rdX, rdY);
            yield return new PointCsvRow(index++, record.Line, rdX, rdY, Attributes(record.Fields, commaDecimals));
        }

        outside.Report(index, _log);
    }

    private double? Coordinate((IReadOnlyList<string> Fields, int Line) record, int column, bool commaDecimals)
    {
        var text = column < record.Fields.Count ? record.Fields[column] : string.Empty;
        if (CsvNumbers.TryParse(text, commaDecimals, out var value))
        {
            return value;
        }

        var shown = text.Length == 0 ? "een lege cel" : $"'{text}'";
        _log.Error(ImportIssueKind.NotANumber, $"De coördinaat is {shown}, geen getal; de regel wordt overgeslagen.", field: _header[column], row: record.Line);
        return null;
    }

    private AttributesTable Attributes(IReadOnlyList<string> fields, bool commaDecimals)
    {
        var attributes = new AttributesTable();
        for (var i = 0; i < _header.Count; i++)
        {
            var name = _header[i].Trim();
            if (i != _columns.X && i != _columns.Y && name.Length > 0 && !attributes.Exists(name))
            {
                attributes.Add(name, i < fields.Count ? CsvNumbers.Attribute(fields[i], commaDecimals) : null);
            }
        }

        return attributes;
    }

    private static string ExpectedNames(PointCsvOptions options) =>
        options.XColumn is null && options.YColumn is null ? string.Empty : $", of de opgegeven kolommen {options.XColumn}/{options.YColumn}";
}
