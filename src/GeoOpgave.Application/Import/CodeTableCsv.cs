using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>Reads a CSV joined by area code through <see cref="CodeTableCsvReader"/>, its issues as report
/// issues.</summary>
internal static class CodeTableCsv
{
    /// <summary>The table, or null (with an error among the issues) when there is no header or no code
    /// column.</summary>
    public static CodeTable? Read(
        string path,
        string? codeColumn,
        System.Text.Encoding? encoding,
        List<ImportIssue> issues
    )
    {
        var read = CodeTableCsvReader.Read(
            path,
            new CodeTableCsvOptions { CodeColumn = codeColumn, Encoding = encoding }
        );
        issues.AddRange(read.Issues);
        return read.Value;
    }

    /// <summary>True when some column of the file's first rows holds mostly CBS codes; reads only the start of the
    /// file.</summary>
    public static bool LooksLikeCodeTable(string path) => CodeTableCsvReader.LooksLikeCodeTable(path);
}
