using System.Globalization;
using System.Text;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Reads a CSV joined by CBS area code (e.g. a StatLine download): ';' or ',' (whichever the header has most),
/// a UTF-8 BOM, double quotes, and in ';'-files a decimal comma. Codes are trimmed and upper-cased; an empty
/// cell, StatLine's '.' or '-', and a CBS sentinel (-99999999, -99999997, -99995, -99997) are missing (null),
/// never zero. A row with an invalid or repeated code is left out with a warning naming its line.
/// </summary>
public static class CodeTableCsvReader
{
    private const int SampleRows = 200;

    // A StatLine download with several years has one row per area and period.
    private static readonly HashSet<string> PeriodColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "perioden",
        "periode",
        "jaar",
        "year",
        "peiljaar",
    };

    /// <summary>The table, or a null value with an issue when the file is missing, empty or has no code
    /// column.</summary>
    public static ReadResult<CodeTable> Read(string path, CodeTableCsvOptions? options = null)
    {
        var log = Open(path, options, out var header, out var rows, out var commaDecimals, out var found);
        if (found is not { } codeColumn)
        {
            return log.Result<CodeTable>(null);
        }

        var period = header!.FindIndex(h => PeriodColumns.Contains(h.Trim()));
        var columns = Columns(header, rows, (codeColumn, period), commaDecimals);
        var table = new CodeTable(
            log.Layer!,
            header[codeColumn],
            columns.Select(c => c.Column).ToList(),
            Rows(header, rows, (codeColumn, period), columns, log),
            rows.Count
        )
        {
            PeriodColumn = period >= 0 ? header[period] : null,
        };
        return log.Result(table);
    }

    /// <summary>
    /// The table as text with every row, found like <see cref="Read"/> finds it (delimiter, encoding, code column), or
    /// a null value with an issue when the file is missing, empty or has no code column.
    /// </summary>
    public static ReadResult<CodeTextTable> ReadText(string path, CodeTableCsvOptions? options = null)
    {
        var log = Open(path, options, out var header, out var rows, out _, out var found);
        return found is { } codeColumn
            ? log.Result<CodeTextTable>(new CodeTextTable(log.Layer!, header!, codeColumn, rows))
            : log.Result<CodeTextTable>(null);
    }

    private static IssueLog Open(
        string path,
        CodeTableCsvOptions? options,
        out List<string>? header,
        out List<(IReadOnlyList<string> Cells, int Line)> rows,
        out bool commaDecimals,
        out int? codeColumn)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new CodeTableCsvOptions();
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        (header, rows, commaDecimals, codeColumn) = (null, [], false, null);
        if (!log.RequireFile(path))
        {
            return log;
        }

        var encoding = options.Encoding ?? CsvEncoding.Detect(path);
        if (options.Encoding is null && encoding.CodePage == CsvEncoding.Windows1252)
        {
            log.Info(IssueKind.TextEncoding, CsvEncoding.DetectedAnsiMessage);
        }

        (header, rows, commaDecimals, var oversizedLine) = ReadRecords(path, options.Delimiter, encoding, int.MaxValue);
        if (oversizedLine is { } line)
        {
            log.Error(IssueKind.UnreadableFile, TooLongMessage(path, line), row: line);
            return log;
        }

        if (header is null)
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                "Het bestand is leeg; verwacht een kopregel met kolomnamen.",
                row: 1
            );
            return log;
        }

        codeColumn = FindCodeColumn(header, rows, options.CodeColumn, log);
        return log;
    }

    /// <summary>True when some column of the header and first rows holds mostly CBS codes; reads only the start of the
    /// file.</summary>
    public static bool LooksLikeCodeTable(string path, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return false;
        }

        // A file with an oversized record is not a code table either way: read as one it fails the same way, and the
        // caller then reports the file as it reads it.
        var (header, rows, _, oversizedLine) = ReadRecords(path, delimiter, CsvEncoding.Detect(path), SampleRows);
        return header is not null
            && oversizedLine is null
            && FindCodeColumn(header, rows, null, new IssueLog(path)) is not null;
    }

    private static string TooLongMessage(string path, int line) =>
        $"{Path.GetFileName(path)}, regel {line}: een veld of regel is langer dan {CsvByteRecords.MaxRecordBytes / (1 << 20)} MB, "
        + "waarschijnlijk een aanhalingsteken (\") dat niet gesloten wordt. Het lezen is daar gestopt; er is niets geïmporteerd.";

    // The header and up to maxRows rows after it, blank lines left out; with the line of a record that runs on past
    // CsvByteRecords.MaxRecordBytes (reading stops there).
    private static (
        List<string>? Header,
        List<(IReadOnlyList<string> Cells, int Line)> Rows,
        bool CommaDecimals,
        int? OversizedLine
    ) ReadRecords(string path, char? delimiter, Encoding encoding, int maxRows)
    {
        using var file = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.SequentialScan
        );
        var separator = delimiter ?? CsvColumns.DetectDelimiter(file);
        file.Position = 0;
        var records = new CsvByteRecords(file, separator);
        List<string>? header = null;
        var rows = new List<(IReadOnlyList<string> Cells, int Line)>();
        while (rows.Count < maxRows && records.Next())
        {
            var fields = records.Texts(encoding);
            if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }

            if (header is null)
            {
                header = fields.Select(h => h.Trim()).ToList();
            }
            else
            {
                rows.Add((fields, records.Line));
            }
        }

        return (header, rows, separator == ';', records.Oversized ? records.NextLine : null);
    }

    private static int? FindCodeColumn(
        List<string> header,
        List<(IReadOnlyList<string> Cells, int Line)> rows,
        string? named,
        IssueLog log
    )
    {
        if (named is not null)
        {
            var index = header.FindIndex(h => string.Equals(h, named.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                log.Error(
                    IssueKind.MissingField,
                    $"De codekolom '{named}' bestaat niet; kolommen: {string.Join(", ", header)}.",
                    field: named,
                    row: 1
                );
                return null;
            }

            return index;
        }

        for (var c = 0; c < header.Count; c++)
        {
            var cells = rows.Take(SampleRows).Select(r => Cell(r.Cells, c)).Where(s => s.Trim().Length > 0).ToList();
            if (cells.Count > 0 && cells.Count(s => AreaCode.Normalise(s) is not null) * 2 > cells.Count)
            {
                return c;
            }
        }

        log.Error(
            IssueKind.MissingField,
            "Geen kolom met CBS-codes (BU/WK/GM) gevonden; geef de kolom op met --code-column.",
            row: 1
        );
        return null;
    }

    // The code and period columns are keys, not values: they are left out before the numeric columns are numbered,
    // so that each ValueIndex is the column's place in CodeTableRow.Values.
    private static List<(CodeTableColumn Column, int Index, double?[] Values)> Columns(
        List<string> header, List<(IReadOnlyList<string> Cells, int Line)> rows, (int Code, int Period) key,
        bool commaDecimals)
    {
        var columns = new List<(CodeTableColumn, int, double?[])>();
        var valueIndex = 0;
        for (var c = 0; c < header.Count; c++)
        {
            if (c == key.Code || c == key.Period)
            {
                continue;
            }

            var values = new double?[rows.Count];
            int missing = 0, text = 0;
            var whole = true;
            for (var r = 0; r < rows.Count; r++)
            {
                var (number, isText, isMissing) = Parse(Cell(rows[r].Cells, c), commaDecimals);
                values[r] = number;
                missing += isMissing ? 1 : 0;
                text += isText ? 1 : 0;
                whole &= number is null || double.IsInteger(number.Value);
            }

            var type = missing == rows.Count ? CodeTableColumnType.Empty
                : text > 0 ? CodeTableColumnType.Text
                : whole ? CodeTableColumnType.Integer : CodeTableColumnType.Real;
            var numeric = type is CodeTableColumnType.Integer or CodeTableColumnType.Real;
            columns.Add((new CodeTableColumn(header[c], type, missing, numeric ? valueIndex++ : -1), c, values));
        }

        return columns;
    }

    private static List<CodeTableRow> Rows(
        List<string> header,
        List<(IReadOnlyList<string> Cells, int Line)> rows,
        (int Code, int Period) key,
        List<(CodeTableColumn Column, int Index, double?[] Values)> columns,
        IssueLog log)
    {
        var numeric = columns.Where(c => c.Column.IsNumeric).ToList();
        var result = new List<CodeTableRow>();
        var seen = new HashSet<(string, int?)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (cells, line) = rows[r];
            var raw = Cell(cells, key.Code);
            int? year = null;
            if (AreaCode.Normalise(raw) is not { } code)
            {
                log.Warning(
                    IssueKind.InvalidCode,
                    $"'{raw.Trim()}' is geen CBS-code (BU/WK/GM); de regel wordt overgeslagen.",
                    field: header[key.Code],
                    row: line
                );
            }
            else if (key.Period >= 0 && (year = PeriodYear(Cell(cells, key.Period))) is null)
            {
                log.Warning(
                    IssueKind.NotANumber,
                    $"De periode '{Cell(cells, key.Period).Trim()}' is geen jaar; de regel wordt overgeslagen.",
                    field: header[key.Period],
                    row: line
                );
            }
            else if (!seen.Add((code, year)))
            {
                var which = year is { } y
                    ? string.Create(CultureInfo.InvariantCulture, $"De code {code} komt in {y} vaker voor")
                    : $"De code {code} komt vaker voor";
                log.Warning(
                    IssueKind.DuplicateCode,
                    $"{which}; alleen de eerste regel telt.",
                    field: header[key.Code],
                    row: line
                );
            }
            else
            {
                result.Add(new CodeTableRow(code, line, numeric.Select(c => c.Values[r]).ToArray()) { Year = year });
            }
        }

        return result;
    }

    // "2022", "2022JJ00" (StatLine's year code) or "2022 (voorlopig)": the year, when it is a plausible one.
    private static int? PeriodYear(string cell)
    {
        var s = cell.Trim();
        return
            s.Length >= 4
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && (s.Length == 4 || !char.IsAsciiDigit(s[4]))
            && year is >= 1900 and <= 2200
            ? year
            : null;
    }

    private static string Cell(IReadOnlyList<string> cells, int index) =>
        index < cells.Count ? cells[index] : string.Empty;

    private static (double? Number, bool Text, bool Missing) Parse(string cell, bool commaDecimals)
    {
        var s = cell.Trim();
        if (s.Length == 0 || s == "." || s == "-")
        {
            return (null, false, true);
        }

        if (CsvNumbers.TryParse(s, commaDecimals, out var value))
        {
            return CbsSentinels.IsMissing(value) ? (null, false, true) : (value, false, false);
        }

        return (null, true, false);
    }
}
