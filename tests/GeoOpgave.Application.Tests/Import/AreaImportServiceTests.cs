using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>A CBS wijk- en buurtkaart imported as the workspace's areas.</summary>
public sealed class AreaImportServiceTests
{
    [Fact]
    public async Task ImportAsync_CbsBuurten_ReplacesThatYearAndReportsMissingKerncijfers()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU03630009");
        await workspace.SeedBuurtenAsync(2022, [], "BU03630009");
        var path = ImportFixtures.GeoPackage(
            workspace.File("wijkenbuurten_2023.gpkg"),
            Buurten(("BU03630000", 1200L), ("BU03630001", -99997L))
        );

        var result = await workspace.ImportAreasAsync(path, 2023);

        Assert.True(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Equal(("areas", 2023, 2, 2), (report.Kind, report.Year, report.FeaturesRead, report.FeaturesImported));
        Assert.Equal(1, report.Fields.Single(f => f.Name == "aantal_inwoners").Missing);
        Assert.Contains(report.Issues, i =>
            i.Kind == IssueKind.AreasReplaced
            && i.Message.Contains("1 gemeente, 1 wijk, 2 buurten", StringComparison.Ordinal)
        );
        // The kaart has only buurten: its wijk and gemeente are dissolved from them, not counted as read.
        Assert.Contains(report.Issues, i => i.Kind == IssueKind.AreasDerived);
        Assert.Equal(["WK036300"], (await workspace.AreasAsync(AreaLevel.Wijk, 2023)).Select(a => a.Code));
        Assert.Equal(
            ["BU03630000", "BU03630001"],
            (await workspace.AreasAsync(AreaLevel.Buurt, 2023)).Select(a => a.Code)
        );
        Assert.Equal(["BU03630009"], (await workspace.AreasAsync(AreaLevel.Buurt, 2022)).Select(a => a.Code));
    }

    [Fact]
    public async Task ImportAsync_RealKaartOfAnEarlierYear_RemovesTheDemoInEveryYear()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [new IndicatorValue("BU99990000", "aantal_inwoners", 2024, 10)],
            "BU99990000");
        await workspace.SeedBuurtenAsync(2019, [], "BU05990000");
        var path = ImportFixtures.GeoPackage(
            workspace.File("wijkenbuurten_2021.gpkg"),
            Buurten(("BU03630000", 1200L), ("BU03630001", 800L))
        );

        var result = await workspace.ImportAreasAsync(path, 2021);

        Assert.True(result.Imported);
        Assert.Empty(await workspace.AreasAsync(AreaLevel.Buurt, 2024));
        Assert.Empty(await workspace.IndicatorValuesAsync(2024));
        Assert.Equal(2, (await workspace.AreasAsync(AreaLevel.Buurt, 2021)).Count);
        Assert.Equal(["BU05990000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2019)).Select(a => a.Code));
    }

    [Fact]
    public async Task ImportAsync_WijkenOfOtherGemeenten_KeepsTheBuurtenAndOtherGemeenten()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [new("BU03080000", "aantal_inwoners", 2024, 1825)], "BU03080000");
        var path = ImportFixtures.GeoPackage(workspace.File("wijken_haarlem.gpkg"), Wijken("WK039200", "WK039400"));

        var result = await workspace.ImportAreasAsync(path, 2024);

        Assert.True(result.Imported);
        Assert.Contains(result.Reports[0].Issues, i =>
            i.Kind == IssueKind.AreasReplaced
            && i.Message.Contains("en ook de buurten van deze: de kaart heeft geen buurten", StringComparison.Ordinal));
        Assert.Equal(["BU03080000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2024)).Select(a => a.Code));
        Assert.Equal(
            ["WK039200", "WK039400"], (await workspace.AreasAsync(AreaLevel.Wijk, 2024)).Select(a => a.Code));
        Assert.Equal(1825, Assert.Single(await workspace.IndicatorValuesAsync(2024), v =>
            v.AreaCode == "BU03080000" && v.IndicatorId == "aantal_inwoners").Value);
    }

    [Fact]
    public async Task AnalyseAsync_WijkenWithoutBuurten_SaysWhatIsThereAndWhatToLoad()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(workspace.File("wijken_haarlem.gpkg"), Wijken("WK039200", "WK039201"));
        Assert.True((await workspace.ImportAreasAsync(path, 2024)).Imported);

        var refusal = await Assert.ThrowsAsync<GeoOpgaveException>(workspace.AnalyseAsync);

        Assert.Equal("geen-buurten", refusal.Code);
        Assert.Equal(
            "De werkruimte heeft 2 wijken (2024) maar geen buurten; importeer een buurtenkaart met "
                + "'geoopgave import BESTAND --as-areas' of via Lagen.",
            refusal.Message);
        Assert.Equal(
            "De werkruimte heeft 2 wijken (2024) maar geen buurten; importeer een buurtenkaart op de pagina Lagen, "
                + "als gebieden.",
            refusal.BrowserMessage);
    }

    [Fact]
    public async Task ImportAsync_SecondGemeenteOfTheSameYear_KeepsTheFirst()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU03080000");
        var path = ImportFixtures.GeoPackage(workspace.File("amsterdam.gpkg"), Buurten(("BU03630000", 1200L)));

        var result = await workspace.ImportAreasAsync(path, 2023);

        Assert.True(result.Imported);
        Assert.Equal(
            ["BU03080000", "BU03630000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2023)).Select(a => a.Code));
    }

    [Fact]
    public async Task ImportAsync_RepairedBuurt_IsCountedAsRepaired()
    {
        await using var workspace = new ImportTestWorkspace();
        var layer = Buurten(("BU03630000", 1200L), ("BU03630001", 10L));
        var bowTie = new WKTReader().Read(
            "POLYGON ((155000 463000, 155500 463500, 155500 463000, 155000 463500, 155000 463000))");
        bowTie.SRID = 28992;
        layer.Features[1].Geometry = bowTie;
        var path = ImportFixtures.GeoPackage(workspace.File("bowtie.gpkg"), layer);

        var result = await workspace.ImportAreasAsync(path, 2023);

        Assert.True(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Equal((1, 0), (report.FeaturesRepaired, report.FeaturesRejected));
        Assert.Single(report.Issues, i => i.Kind == IssueKind.Repaired);
    }

    [Fact]
    public async Task ImportAsync_KaartWithABadCode_IsRefusedWithoutSayingItReplacesAnything()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(
            workspace.File("fout.gpkg"),
            Buurten(("BU03630000", 1200L), ("BU0363", 10L))
        );

        var result = await workspace.ImportAreasAsync(path, 2023);

        Assert.False(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Contains(report.Issues, i => i.Kind == IssueKind.InvalidCode && i.Severity == IssueSeverity.Error);
        Assert.DoesNotContain(report.Issues, i => i.Kind == IssueKind.AreasReplaced);
    }

    [Fact]
    public async Task ImportAsync_LayerWithoutCbsCodes_RejectedAndAreasUntouched()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU99990000");
        var path = ImportFixtures.GeoPackage(
            workspace.File("iets.gpkg"),
            ImportFixtures.Layer("iets", "POLYGON ((155000 463000, 156000 463000, 156000 464000, 155000 463000))")
        );

        var result = await workspace.ImportAreasAsync(path, 2023);

        Assert.False(result.Imported);
        Assert.Contains(result.Reports[0].Issues, i =>
            i.Severity == IssueSeverity.Error && i.Kind == IssueKind.MissingField
        );
        Assert.Equal(["BU99990000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2023)).Select(a => a.Code));
    }

    internal static VectorLayer Buurten(params (string Code, long Inwoners)[] buurten) =>
        new(
            "buurten",
            28992,
            buurten
                .Select(
                    (b, i) =>
                    {
                        var geometry = new WKTReader().Read(
                            $"POLYGON (({155000 + (i * 1000)} 463000, {156000 + (i * 1000)} 463000, {156000 + (i * 1000)} 464000, {155000 + (i * 1000)} 464000, {155000 + (i * 1000)} 463000))"
                        );
                        geometry.SRID = 28992;
                        return (IFeature)
                            new Feature(
                                geometry,
                                new AttributesTable
                                {
                                    { "buurtcode", b.Code },
                                    { "buurtnaam", $"Buurt {i}" },
                                    { "wijkcode", "WK036300" },
                                    { "gemeentecode", "GM0363" },
                                    { "aantal_inwoners", b.Inwoners },
                                }
                            );
                    }
                )
                .ToList()
        );

    private static VectorLayer Wijken(params string[] codes) =>
        new(
            "wijken",
            28992,
            codes.Select((code, i) =>
                {
                    var geometry = new WKTReader().Read(
                        $"POLYGON (({100000 + (i * 1000)} 490000, {101000 + (i * 1000)} 490000, "
                        + $"{101000 + (i * 1000)} 491000, {100000 + (i * 1000)} 491000, {100000 + (i * 1000)} 490000))");
                    geometry.SRID = 28992;
                    return (IFeature)new Feature(geometry, new AttributesTable
                    {
                        { "wijkcode", code },
                        { "wijknaam", $"Wijk {i}" },
                        { "gemeentecode", "GM" + code[2..6] },
                        { "aantal_inwoners", 1000L + i },
                    });
                })
                .ToList());
}
