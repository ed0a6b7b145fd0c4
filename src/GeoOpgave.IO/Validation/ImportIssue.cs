using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.IO.Validation;

/// <summary>
/// One finding about the input of an import, by a reader or by the import itself: where it is (file, layer,
/// feature or row, field), what kind it is and a Dutch message for the validation report. It is also a line of
/// the report as JSON, with severity and kind written by name.
/// </summary>
/// <param name="Severity">Whether the finding blocks the import.</param>
/// <param name="Kind">The stable code of the finding.</param>
/// <param name="Message">A Dutch explanation for the user.</param>
public sealed record ImportIssue(
    [property: JsonConverter(typeof(JsonStringEnumConverter<IssueSeverity>))] IssueSeverity Severity,
    [property: JsonConverter(typeof(JsonStringEnumConverter<IssueKind>))] IssueKind Kind,
    string Message)
{
    /// <summary>
    /// The path of the file as it was given to the reader, or null when the issue is not about one file. Left out
    /// of the JSON: a report names its source itself, and a path on the server is none of a client's business.
    /// </summary>
    [JsonIgnore]
    public string? SourceFile { get; init; }

    /// <summary>The layer (GeoPackage table, file base name) or null when the issue is about the whole file.</summary>
    public string? Layer { get; init; }

    /// <summary>The 0-based index of the feature in its layer, or null.</summary>
    public int? FeatureIndex { get; init; }

    /// <summary>The feature as a person counts it (from 1, as QGIS and a CSV's lines do): what every report shows
    /// for <see cref="FeatureIndex"/>.</summary>
    [JsonIgnore]
    public int? FeatureNumber => FeatureIndex + 1;

    /// <summary>The 1-based line number in a text file (the header is line 1), or null.</summary>
    public int? Row { get; init; }

    /// <summary>The attribute or column the issue is about, or null.</summary>
    public string? Field { get; init; }

    /// <summary>A one-line Dutch description with the location, e.g. for the CLI.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Severity} {Kind}");
        if (SourceFile is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $": {Path.GetFileName(SourceFile)}");
        }

        if (Layer is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", laag {Layer}");
        }

        if (FeatureNumber is { } feature)
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
