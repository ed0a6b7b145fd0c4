using System.Globalization;
using System.Text;

namespace GeoOpgave.IO.Validation;

/// <summary>
/// One finding of a reader about its input: where it is (file, layer, feature or row, field), what kind
/// it is and a Dutch message for the validation report.
/// </summary>
/// <param name="SourceFile">The path of the file as it was given to the reader.</param>
/// <param name="Severity">Whether the finding blocks the import.</param>
/// <param name="Kind">The stable code of the finding.</param>
/// <param name="Message">A Dutch explanation for the user.</param>
public sealed record ImportIssue(string SourceFile, IssueSeverity Severity, ImportIssueKind Kind, string Message)
{
    /// <summary>The layer (GeoPackage table, file base name) or null when the issue is about the whole file.</summary>
    public string? Layer { get; init; }

    /// <summary>The 0-based index of the feature in its layer, or null.</summary>
    public int? FeatureIndex { get; init; }

    /// <summary>The 1-based line number in a text file (the header is line 1), or null.</summary>
    public int? Row { get; init; }

    /// <summary>The attribute or column the issue is about, or null.</summary>
    public string? Field { get; init; }

    /// <summary>A one-line Dutch description with the location, e.g. for the CLI.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Severity} {Kind}: {Path.GetFileName(SourceFile)}");
        if (Layer is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", laag {Layer}");
        }

        if (FeatureIndex is { } feature)
        {
            text.Append(CultureInfo.InvariantCulture, $", object {feature}");
        }

        if (Row is { } row)
        {
            text.Append(CultureInfo.InvariantCulture, $", regel {row}");
        }

        if (Field is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", veld {Field}");
        }

        return text.Append(CultureInfo.InvariantCulture, $": {Message}").ToString();
    }
}
