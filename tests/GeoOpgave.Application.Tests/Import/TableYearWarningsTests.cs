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

    [Fact]
    public async Task ImportAsync_YearAfterTheNewestAreas_WarnsThatTheAnalysisNeverUsesIt()
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("toekomst.csv");
        await File.WriteAllTextAsync(path, "buurtcode,jaar,woz\nBU03080000,2030,300\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var unused = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.ValuesUnused);
        Assert.Equal(IssueSeverity.Warning, unused.Severity);
        Assert.Equal(
            "De tabel geldt voor 2030, na de nieuwste gebiedsindeling (2024); de analyse gebruikt alleen waarden van "
                + "het jaar van de indeling of eerder.",
            unused.Message
        );
        Assert.Equal("jaar", unused.Field);
    }

    [Fact]
    public async Task ImportAsync_YearOlderThanTheMaximumAge_SaysWhichYearTheAnalysisNeeds()
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("oud.csv");
        await File.WriteAllTextAsync(path, "buurtcode,woz\nBU03080000,300\n");

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = 2015 });

        var unused = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.ValuesUnused);
        Assert.Equal(IssueSeverity.Warning, unused.Severity);
        Assert.Contains("geldt voor 2015", unused.Message, StringComparison.Ordinal);
        Assert.Contains("waarden van 2020 of later, tot 4 jaar oud", unused.Message, StringComparison.Ordinal);
        Assert.Contains("maximumAge in het profiel 'standaard'", unused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("buurtcode,jaar,woz\nBU03080000,2020,300\nBU03080001,2024,400\n")]
    [InlineData("buurtcode,woz\nBU03080000,300\n")]
    public async Task ImportAsync_YearsTheAnalysisUses_NoWarningThatTheyAreUnused(string csv)
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("derden.csv");
        await File.WriteAllTextAsync(path, csv);

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.DoesNotContain(result.Reports[0].Issues, i => i.Kind == IssueKind.ValuesUnused);
    }

    [Fact]
    public async Task ImportAsync_PartlyAfterTheNewestAreas_NamesOnlyThoseYears()
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("statline.csv");
        await File.WriteAllTextAsync(path, "buurtcode,jaar,woz\nBU03080000,2024,300\nBU03080000,2025,310\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        var unused = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.ValuesUnused);
        Assert.StartsWith("Een deel van de tabel geldt voor 2025, na de nieuwste", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_NoYearAfterATableOfALaterYear_AssumesTheYearOfTheAreas()
    {
        await using var workspace = await KaartOf2024Async();
        var later = workspace.File("toekomst.csv");
        await File.WriteAllTextAsync(later, "buurtcode,jaar,woz\nBU03080000,2030,300\n");
        Assert.True((await workspace.ImportAsync(new ImportRequest(later))).Imported);
        var path = workspace.File("derden.csv");
        await File.WriteAllTextAsync(path, "buurtcode,aantal_inwoners\nBU03080000,1790\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.Contains(result.Reports[0].Issues, i => i.Kind == IssueKind.YearAssumed && i.Message == Assumed);
        Assert.Equal(2024, result.Reports[0].Year);
    }

    [Fact]
    public async Task ImportAsync_YearGivenAgainstThePeriodColumn_WarnsNamingBothAndKeepsTheColumn()
    {
        await using var workspace = await KaartOf2024Async();
        var path = workspace.File("derden.csv");
        await File.WriteAllTextAsync(path, "buurtcode,jaar,woz\nBU03080000,2022,300\n");

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = 2023 });

        Assert.True(result.Imported);
        var mismatch = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.YearMismatch);
        Assert.Equal(IssueSeverity.Warning, mismatch.Severity);
        Assert.Contains("--year 2023", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("de kolom 'jaar' zegt 2022", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal("--year", mismatch.Field);
        Assert.Equal(2022, result.Reports[0].Year);
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
