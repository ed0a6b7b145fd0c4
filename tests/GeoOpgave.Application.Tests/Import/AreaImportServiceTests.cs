using GeoOpgave.Core.Areas;
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
        await workspace.SeedBuurtenAsync(2023, [], "BU99990000");
        await workspace.SeedBuurtenAsync(2022, [], "BU99990000");
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
            && i.Message.Contains("0 gemeenten, 0 wijken, 2 buurten", StringComparison.Ordinal)
        );
        Assert.Equal(
            ["BU03630000", "BU03630001"],
            (await workspace.AreasAsync(AreaLevel.Buurt, 2023)).Select(a => a.Code)
        );
        Assert.Equal(["BU99990000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2022)).Select(a => a.Code));
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
}
