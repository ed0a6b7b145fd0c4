using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Reads points from delimited text with a header row and an x/y (or lon/lat) column pair. The delimiter
/// (';' or ',') is detected, a UTF-8 BOM is skipped, and in ';'-files a decimal comma is read. Points come
/// back in RD New (EPSG:28992). Other columns become attributes: long or double where the text is a number
/// (codes with a leading zero stay text), null for an empty cell, else the text.
/// </summary>
public static class PointCsvReader
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>Reads the file; a row whose coordinates do not parse is left out with an issue naming row and column.</summary>
    public static ReadResult<VectorLayer> Read(string path, PointCsvOptions? options = null)
    {
        options ??= new PointCsvOptions();
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        if (!log.RequireFile(path))
        {
            return log.Result<VectorLayer>(null);
        }

        // ReadAllText honours and strips a BOM; the default without one is UTF-8.
        var text = File.ReadAllText(path);
        var delimiter = options.Delimiter ?? CsvColumns.DetectDelimiter(text.Split('\n', 2)[0]);
        var records = new CsvRecordReader(new StringReader(text), delimiter);
        if (records.Next() is not { } header)
        {
            log.Error(ImportIssueKind.UnsupportedFormat, "Het bestand is leeg; verwacht een kopregel met kolomnamen.", row: 1);
            return log.Result<VectorLayer>(null);
        }

        if (CsvColumns.Find(header.Fields, options) is not { } columns)
        {
            log.Error(
                ImportIssueKind.MissingField,
                $"Geen coördinaatkolommen gevonden (verwacht x/y of lon/lat{ExpectedNames(options)}); kolommen: {string.Join(", ", header.Fields)}.",
                row: 1);
            return log.Result<VectorLayer>(null);
        }

        var srid = options.Srid ?? (columns.LonLat ? Srid.Wgs84 : Srid.RdNew);
        if (LayerProjection.For(srid, log) is not { } projection)
        {
            return log.Result<VectorLayer>(null);
        }

        var features = ReadRows(records, header.Fields, columns, delimiter == ';', projection, log);
        var layer = new VectorLayer(log.Layer!, Srid.RdNew, features);
        NetherlandsExtent.Check(layer, log);
        return log.Result(layer);
    }

    private static List<IFeature> ReadRows(
        CsvRecordReader records,
        IReadOnlyList<string> header,
        (int X, int Y, bool LonLat) columns,
        bool commaDecimals,
        LayerProjection projection,
        IssueLog log)
    {
        var features = new List<IFeature>();
        while (records.Next() is { } record)
        {
            if (record.Fields.Count == 1 && string.IsNullOrWhiteSpace(record.Fields[0]))
            {
                continue;
            }

            var x = Coordinate(record, columns.X, header, commaDecimals, log);
            var y = Coordinate(record, columns.Y, header, commaDecimals, log);
            if (x is null || y is null)
            {
                continue;
            }

            var point = Factory.CreatePoint(new Coordinate(x.Value, y.Value));
            features.Add(new Feature(projection.ToRdNew(point), Attributes(record.Fields, header, columns, commaDecimals)));
        }

        return features;
    }

    private static double? Coordinate(
        (IReadOnlyList<string> Fields, int Line) record, int column, IReadOnlyList<string> header, bool commaDecimals, IssueLog log)
    {
        var text = column < record.Fields.Count ? record.Fields[column] : string.Empty;
        if (CsvNumbers.TryParse(text, commaDecimals, out var value))
        {
            return value;
        }

        var shown = text.Length == 0 ? "een lege cel" : $"'{text}'";
        log.Error(ImportIssueKind.NotANumber, $"De coördinaat is {shown}, geen getal; de regel wordt overgeslagen.", field: header[column], row: record.Line);
        return null;
    }

    private static AttributesTable Attributes(IReadOnlyList<string> fields, IReadOnlyList<string> header, (int X, int Y, bool LonLat) columns, bool commaDecimals)
    {
        var attributes = new AttributesTable();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (i != columns.X && i != columns.Y && name.Length > 0 && !attributes.Exists(name))
            {
                attributes.Add(name, i < fields.Count ? CsvNumbers.Attribute(fields[i], commaDecimals) : null);
            }
        }

        return attributes;
    }

    private static string ExpectedNames(PointCsvOptions options) =>
        options.XColumn is null && options.YColumn is null ? string.Empty : $", of de opgegeven kolommen {options.XColumn}/{options.YColumn}";
}
