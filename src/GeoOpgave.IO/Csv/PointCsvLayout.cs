using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Csv;

/// <summary>What the header of a point CSV settles: delimiter, encoding, coordinate columns and attribute
/// columns.</summary>
internal sealed record PointCsvLayout(
    char Delimiter,
    Encoding Encoding,
    IReadOnlyList<string> Header,
    int X,
    int Y,
    bool LonLat,
    int[] AttributeFields,
    IReadOnlyList<string> AttributeNames)
{
    /// <summary>In a ';'-file a comma is the decimal sign (in a ','-file it cannot be).</summary>
    public bool CommaDecimals => Delimiter == ';';

    /// <summary>The layout, or null with an error in <paramref name="log"/> when the file is empty or has no coordinate
    /// columns.</summary>
    public static PointCsvLayout? Read(string path, PointCsvOptions options, IssueLog log)
    {
        var encoding = options.Encoding ?? CsvEncoding.Detect(path);
        if (options.Encoding is null && encoding.CodePage == CsvEncoding.Windows1252)
        {
            log.Info(IssueKind.TextEncoding, CsvEncoding.DetectedAnsiMessage);
        }

        using var file = File.OpenRead(path);
        var delimiter = options.Delimiter ?? CsvColumns.DetectDelimiter(file);
        file.Position = 0;
        var records = new CsvByteRecords(file, delimiter);
        if (!records.Next())
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                "Het bestand is leeg; verwacht een kopregel met kolomnamen.",
                row: 1
            );
            return null;
        }

        var header = Enumerable.Range(0, records.FieldCount).Select(i => encoding.GetString(records.Field(i))).ToList();
        if (CsvColumns.Find(header, options) is not { } columns)
        {
            log.Error(
                IssueKind.MissingField,
                $"Geen coördinaatkolommen gevonden (verwacht x/y of lon/lat{ExpectedNames(options)}); kolommen: {string.Join(", ", header)}.",
                row: 1);
            return null;
        }

        var (fields, names) = Attributes(header, columns.X, columns.Y);
        return new PointCsvLayout(delimiter, encoding, header, columns.X, columns.Y, columns.LonLat, fields, names);
    }

    private static (int[] Fields, IReadOnlyList<string> Names) Attributes(List<string> header, int x, int y)
    {
        var fields = new List<int>();
        var names = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (i != x && i != y && name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
            {
                fields.Add(i);
                names.Add(name);
            }
        }

        return (fields.ToArray(), names);
    }

    private static string ExpectedNames(PointCsvOptions options) =>
        options.XColumn is null && options.YColumn is null
            ? string.Empty
            : $", of de opgegeven kolommen {options.XColumn}/{options.YColumn}";
}
