using Bunit;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using GeoOpgave.Web.Components.Pages;

namespace GeoOpgave.Web.Tests.Components.Pages;

public sealed class UploadReportTests : BunitContext
{
    [Fact]
    public void Render_RejectedCsv_SaysWhatWentWrongWhereInDutch()
    {
        var report = new ImportReport
        {
            Source = "laadpalen.csv",
            Format = "Csv",
            Layer = "laadpalen",
            CrsUsed = "EPSG:28992",
            FeaturesRead = 3,
            FeaturesImported = 2,
            FeaturesRejected = 1,
            Issues =
            [
                new ImportIssue(
                    IssueSeverity.Error,
                    IssueKind.NotANumber,
                    "De coördinaat is 'abc', geen getal; de regel wordt overgeslagen."
                )
                {
                    Layer = "laadpalen",
                    Row = 3,
                    Field = "x",
                },
                new ImportIssue(IssueSeverity.Warning, IssueKind.Repaired, "Ongeldige geometrie hersteld.")
                {
                    Layer = "wegen",
                    FeatureIndex = 4,
                },
                new ImportIssue(IssueSeverity.Error, IssueKind.TooLarge, "Het bestand is te groot."),
            ],
        };

        var cut = Render<UploadReport>(p => p.Add(x => x.Reports, [report]));

        Assert.Contains(
            "Afgewezen — er is niets veranderd",
            cut.Find("[data-testid=rapport-status]").TextContent,
            StringComparison.Ordinal
        );
        var rows = cut.FindAll("[data-testid=rapport-meldingen] tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent).ToArray())
            .ToArray();
        Assert.Equal(["Fout", "bestand laadpalen.csv, regel 3, veld 'x'"], rows[0][..2]);
        Assert.StartsWith("De coördinaat is 'abc'", rows[0][2], StringComparison.Ordinal);
        Assert.Contains("(NotANumber)", rows[0][2], StringComparison.Ordinal);
        Assert.Equal(["Waarschuwing", "bestand laadpalen.csv, laag wegen, object 5"], rows[1][..2]);
        Assert.Equal("bestand laadpalen.csv (het hele bestand)", rows[2][1]);
        Assert.Contains(
            "Overgeslagen",
            cut.Find("[data-testid=rapport-cijfers]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Render_ImportedCodeTable_ListsUnmatchedCodesAndFieldsWithMissingCounts()
    {
        var report = new ImportReport
        {
            Source = "statline.csv",
            Format = "Csv",
            Imported = true,
            Year = 2023,
            UnmatchedCodes = ["BU00000001", "BU00000002"],
            Fields = [new ImportFieldSummary("inwoners", "integer", 2)],
        };

        var cut = Render<UploadReport>(p => p.Add(x => x.Reports, [report]));

        Assert.Equal("Geïmporteerd", cut.Find("[data-testid=rapport-status]").TextContent);
        Assert.Contains(
            "2 codes horen bij geen gebied van 2023: BU00000001, BU00000002",
            cut.Find("[data-testid=rapport-codes]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("inwoners: geheel getal, 2 ontbrekend", cut.Find("[data-testid=rapport-velden] li").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=rapport-meldingen]"));
    }
}
