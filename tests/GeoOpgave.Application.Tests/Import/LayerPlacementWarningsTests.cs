using GeoOpgave.Application.Import;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>A layer of another gemeente imports, but its report says that it lies outside the buurten.</summary>
public sealed class LayerPlacementWarningsTests
{
    // The seeded buurten are one square, x 120000–121000, y 480000–481000.
    private const string Outside = "POLYGON ((167800 470000, 179800 470000, 179800 480000, 167800 480000, 167800 470000))";

    [Fact]
    public async Task ImportAsync_VectorLayerOutsideTheBuurten_WarnsThatItBelongsToAnotherGemeente()
    {
        await using var workspace = await BuurtenAsync();
        var path = ImportFixtures.GeoPackage(
            workspace.File("ermelo_grid.gpkg"),
            ImportFixtures.Layer("ermelo_grid", Outside)
        );

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var outside = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
        Assert.Equal(IssueSeverity.Warning, outside.Severity);
        Assert.Equal(
            "De laag 'ermelo_grid' ligt geheel buiten de 2 buurten van 2024 (laag x 167800–179800, y 470000–480000, "
                + "buurten x 120000–121000, y 480000–481000, RD New); hoort zij bij een andere gemeente?",
            outside.Message
        );
        var stored = Assert.Single(await workspace.LayersAsync());
        Assert.Contains(ImportJson.ReadReport(stored.ReportJson)!.Issues, i => i.Kind == IssueKind.OutsideAreas);
    }

    [Fact]
    public async Task ImportAsync_RasterOutsideTheBuurten_Warns()
    {
        await using var workspace = await BuurtenAsync();
        var path = ImportFixtures.GeoTiff(workspace.File("hitte.tif"));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var outside = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
        Assert.Contains("ligt geheel buiten de 2 buurten van 2024", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PointCsvOutsideTheBuurten_WarnsInTheFinalAndTheStoredReport()
    {
        await using var workspace = await BuurtenAsync();
        var path = workspace.File("laadpalen.csv");
        await File.WriteAllTextAsync(path, "id;x;y\n1;167800;470000\n2;179800;480000\n");

        var result = await workspace.ImportAsync(new ImportRequest(path) { Srid = 28992 });

        Assert.True(result.Imported);
        var outside = Assert.Single(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
        Assert.StartsWith("De laag 'laadpalen' ligt geheel buiten de 2 buurten van 2024", outside.Message, StringComparison.Ordinal);
        var stored = Assert.Single(await workspace.LayersAsync());
        Assert.Contains(ImportJson.ReadReport(stored.ReportJson)!.Issues, i => i.Kind == IssueKind.OutsideAreas);
    }

    [Fact]
    public async Task ImportAsync_LayerTouchingTheBuurten_NoWarning()
    {
        await using var workspace = await BuurtenAsync();
        var path = ImportFixtures.GeoPackage(
            workspace.File("binnen.gpkg"),
            ImportFixtures.Layer("binnen", "POINT (120500 480500)", Outside)
        );

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.DoesNotContain(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
    }

    [Fact]
    public async Task ImportAsync_WorkspaceWithoutAreas_NoWarning()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(workspace.File("los.gpkg"), ImportFixtures.Layer("los", Outside));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        Assert.DoesNotContain(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
    }

    [Fact]
    public async Task ImportAsync_GemeenteWithoutItsOwnArea_ItsBuurtenStillCount()
    {
        // The extent is read from the gemeenten only when every gemeente with buurten has its own area; here GM0307
        // has buurten (where the layer lies) but no gemeente area, so its buurten must count.
        await using var workspace = new ImportTestWorkspace();
        await workspace.InScopeAsync(async s =>
        {
            Area[] areas =
            [
                new("GM0308", "Baarn", AreaLevel.Gemeente, "GM0308", null, 2024, Square(120000, 480000)),
                new("BU03080000", "Centrum", AreaLevel.Buurt, "GM0308", "WK030800", 2024, Square(120000, 480000)),
                new("BU03070000", "Elders", AreaLevel.Buurt, "GM0307", "WK030700", 2024, Square(170000, 472000)),
            ];
            await s.GetRequiredService<WorkspaceStore>().MigrateAsync(CancellationToken.None);
            await s.GetRequiredService<WorkspaceStore>().ReplaceWorkspaceAsync(areas, [], CancellationToken.None);
            return 0;
        });
        var path = ImportFixtures.GeoPackage(workspace.File("grid.gpkg"), ImportFixtures.Layer("grid", Outside));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        Assert.DoesNotContain(result.Reports[0].Issues, i => i.Kind == IssueKind.OutsideAreas);
    }

    private static Geometry Square(double x, double y)
    {
        var square = new WKTReader().Read(
            FormattableString.Invariant(
                $"POLYGON (({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, {x} {y + 1000}, {x} {y}))"
            )
        );
        square.SRID = 28992;
        return square;
    }

    private static async Task<ImportTestWorkspace> BuurtenAsync()
    {
        var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03080000", "BU03080001");
        return workspace;
    }
}
