using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Esdl;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>Reads a table joined by area code — a CSV through <see cref="CodeTableCsvReader"/>, an ESDL energy
/// system through <see cref="EsdlReader"/> — with its issues as report issues.</summary>
internal static class CodeTables
{
    /// <summary>The table, or null (with an error among the issues) when it has no header, no code column or no
    /// area with a code.</summary>
    public static CodeTable? Read(
        string path,
        ImportFormat format,
        ImportRequest request,
        List<ImportIssue> issues
    )
    {
        var read = format == ImportFormat.Esdl
            ? EsdlReader.Read(path)
            : CodeTableCsvReader.Read(
                path,
                new CodeTableCsvOptions { CodeColumn = request.CodeColumn, Encoding = request.Encoding });
        issues.AddRange(read.Issues);
        return read.Value;
    }

    /// <summary>True when some column of the file's first rows holds mostly CBS codes; reads only the start of the
    /// file.</summary>
    public static bool LooksLikeCodeTable(string path) => CodeTableCsvReader.LooksLikeCodeTable(path);
}
