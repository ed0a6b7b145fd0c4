using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>The Dutch wording of an import report: severity, location and field type as a person reads them.</summary>
public static class UploadReportText
{
    public static string Severity(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "Fout",
        IssueSeverity.Warning => "Waarschuwing",
        _ => "Info",
    };

    /// <summary>Where an issue is: file, layer, line (1-based) or object (1-based), and field; "het hele bestand" when
    /// none is known.</summary>
    public static string Where(ImportReport report, ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(issue);
        var parts = new List<string> { $"bestand {report.Source}" };
        if (
            (issue.Layer ?? report.SourceLayer) is { } layer
            && !string.Equals(layer, Path.GetFileNameWithoutExtension(report.Source), StringComparison.Ordinal)
        )
        {
            parts.Add($"laag {layer}");
        }

        if (issue.Row is { } row)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"regel {row}"));
        }
        else if (issue.FeatureNumber is { } number)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"object {number}"));
        }

        if (issue.Field is { } field)
        {
            parts.Add($"veld '{field}'");
        }

        return parts.Count == 1 && issue.Field is null ? $"{parts[0]} (het hele bestand)" : string.Join(", ", parts);
    }

    public static string FieldType(string type) => type switch
    {
        "integer" => "geheel getal",
        "real" => "getal",
        "text" => "tekst",
        "boolean" => "ja/nee",
        "empty" => "leeg",
        _ => "gemengd",
    };
}
