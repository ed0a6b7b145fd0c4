using System.Text.Json;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>The report's JSON is what clients and stored layers read: kinds and severities by name, no server
/// paths.</summary>
public sealed class ImportJsonTests
{
    private static readonly ImportReport Report = new()
    {
        Source = "wegen.geojson",
        Format = "GeoJSON",
        Issues =
        [
            new ImportIssue(IssueSeverity.Warning, IssueKind.Repaired, "Ongeldige geometrie hersteld.")
            {
                SourceFile = "/tmp/upload-1234/wegen.geojson",
                Layer = "wegen",
                FeatureIndex = 4,
                Field = "geometry",
            },
        ],
    };

    [Fact]
    public void Serialize_Issue_KindAndSeverityByNameWithoutTheServerPath()
    {
        using var json = JsonDocument.Parse(ImportJson.Serialize(Report));

        var issue = json.RootElement.GetProperty("issues")[0];
        Assert.Equal("Warning", issue.GetProperty("severity").GetString());
        Assert.Equal("Repaired", issue.GetProperty("kind").GetString());
        Assert.Equal(4, issue.GetProperty("featureIndex").GetInt32());
        Assert.Equal("geometry", issue.GetProperty("field").GetString());
        Assert.False(issue.TryGetProperty("sourceFile", out _));
    }

    [Fact]
    public void ReadReport_StoredReport_ReadsTheIssueBack()
    {
        var read = ImportJson.ReadReport(ImportJson.Serialize(Report));

        var issue = Assert.Single(read!.Issues);
        Assert.Equal(
            (IssueSeverity.Warning, IssueKind.Repaired, "wegen", 4),
            (issue.Severity, issue.Kind, issue.Layer, issue.FeatureIndex)
        );
        Assert.Null(issue.SourceFile);
    }
}
