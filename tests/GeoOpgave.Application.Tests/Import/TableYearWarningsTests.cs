using GeoOpgave.Application.Import;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>A table without a period column and without --year takes the newest year, and says so.</summary>
public sealed class TableYearWarningsTests
{
    private const string Assumed =
        "Geen periodekolom en geen --year: de waarden krijgen 2024, het jaar van de gebieden; geef --year op als dat "
        + "niet klopt.";

    [Fact]
    public async Task ImportAsync_NoPeriodColumnNorYear_WarnsThatTheYearWasAssumedAndWhatItReplaces()
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("derden.csv");
        await File.WriteAllTextAsync(path, "buurtcode,aantal_inwoners,woz\nBU03080000,1790,300\nBU03080001,60,400\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var issues = result.Reports[0].Issues;
        Assert.Contains(issues, i => i.Kind == IssueKind.YearAssumed && i.Message == Assumed);
        var replaced = Assert.Single(issues, i => i.Kind == IssueKind.ValuesReplaced);
        Assert.Equal(IssueSeverity.Warning, replaced.Severity);
        Assert.Equal(
            "De tabel vervangt 2 waarden van 2024 uit de wijk- en buurtkaart in 2 buurten, voor 1 indicator: "
                + "aantal_inwoners.",
            replaced.Message
        );
        Assert.Contains(
            new IndicatorValue("BU03080000", "aantal_inwoners", 2024, 1790) { Source = "derden" },
            await workspace.IndicatorValuesAsync(2024)
        );
    }

    [Theory]
    [InlineData("buurtcode,aantal_inwoners\nBU03080000,1790\n", 2024)]
    [InlineData("buurtcode,jaar,aantal_inwoners\nBU03080000,2024,1790\n", null)]
    public async Task ImportAsync_YearGivenOrInTheFile_NoWarningAboutTheYear(string csv, int? year)
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("derden.csv");
        await File.WriteAllTextAsync(path, csv);

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = year });

        Assert.True(result.Imported);
        Assert.DoesNotContain(
            result.Reports[0].Issues,
            i => i.Kind is IssueKind.YearAssumed or IssueKind.ValuesReplaced
        );
    }

    // Two buurten of 2024 whose inhabitants the kaart gave (kerncijfers carry no source).
    private static async Task<ImportTestWorkspace> KaartOf2024Async()
    {
        var workspace = new ImportTestWorkspace();
        IndicatorValue[] kaart =
        [
            new("BU03080000", "aantal_inwoners", 2024, 1825),
            new("BU03080001", "aantal_inwoners", 2024, 55),
        ];
        await workspace.SeedBuurtenAsync(2024, kaart, "BU03080000", "BU03080001");
        return workspace;
    }
}
