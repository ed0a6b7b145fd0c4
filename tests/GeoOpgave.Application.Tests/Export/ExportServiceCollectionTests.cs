using System.Text;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Export;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

public sealed class ExportServiceCollectionTests(DemoWorkspaceFixture workspace) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task PrepareCollectionAsync_WijkenOfAYear_IsNamedByTheYearAndWritesOneRowPerWijk()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var export = await Service(scope)
            .PrepareCollectionAsync(
                new CollectionExportRequest("wijken", ExportFormat.Csv, Year: 2024, Separator: ','),
                CancellationToken.None
            );
        using var stream = new MemoryStream();
        await ExportService.WriteAsync(export, stream, CancellationToken.None);

        var lines = Encoding
            .UTF8.GetString(stream.ToArray())
            .TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("wijken-2024.csv", export.FileName);
        Assert.StartsWith("wijkcode,wijknaam,gemeentecode,jaar", lines[0], StringComparison.Ordinal);
        Assert.Equal(export.Layer.Features.Count + 1, lines.Length);
        Assert.NotEmpty(export.Layer.Features);
    }

    [Fact]
    public async Task PrepareCollectionAsync_BuurtenGeoPackage_CarriesTheOverlapStyle()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var export = await Service(scope)
            .PrepareCollectionAsync(
                new CollectionExportRequest(
                    "buurten",
                    ExportFormat.GeoPackage,
                    "standaard",
                    Legend: OverlapLegend.Standard
                ),
                CancellationToken.None
            );

        Assert.Equal("buurten-standaard-2024.gpkg", export.FileName);
        Assert.Equal("Overlap", export.Style?.StyleName);
    }

    [Theory]
    [InlineData("provincies", null, null, "collectie-onbekend")]
    [InlineData("wijken", "standaard", null, "parameter-onbekend")]
    [InlineData("selecties", null, 2024, "parameter-onbekend")]
    [InlineData("gemeenten", null, 1990, "jaar-onbekend")]
    public async Task PrepareCollectionAsync_InvalidRequest_ThrowsWithCode(
        string collection,
        string? profiel,
        int? year,
        string code
    )
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            Service(scope)
                .PrepareCollectionAsync(
                    new CollectionExportRequest(collection, ExportFormat.GeoJson, profiel, year),
                    CancellationToken.None
                )
        );

        Assert.Equal(code, e.Code);
    }

    private static ExportService Service(AsyncServiceScope scope) =>
        new(scope.ServiceProvider.GetRequiredService<AnalysisService>(), CollectionCatalogTests.Catalog(scope));
}
