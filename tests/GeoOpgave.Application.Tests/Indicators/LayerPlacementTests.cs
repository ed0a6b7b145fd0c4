using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Indicators;

public sealed class LayerPlacementTests
{
    // Demodam's buurten lie within x 151 702–158 371, y 441 386–446 567 (RD New).
    [Theory]
    [InlineData("233000 582000;233500 582400", "ligt geheel buiten de 48 buurten van 2024")]
    [InlineData("150000 440000;160000 448000", "geen enkele van de 48 buurten van 2024")]
    public async Task ComputeAsync_LayerWhosePointsLandInNoBuurt_SaysSoInsteadOfReportingZeros(
        string points,
        string expected
    )
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        var csv = Path.Combine(Path.GetTempPath(), $"elders-{Guid.NewGuid():N}.csv");
        var rows = points.Split(';').Select((p, i) => $"{i};{p.Replace(' ', ';')};E");
        await File.WriteAllLinesAsync(csv, ["id;x;y;energielabel", .. rows]);
        try
        {
            await using var scope = workspace.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var imported = await services.GetRequiredService<ImportService>().ImportAsync(
                new ImportRequest(csv) { Name = "elders", Srid = 28992 },
                default
            );
            Assert.True(imported.Imported, string.Join(" ", imported.Reports.SelectMany(r => r.Issues)));
            await services
                .GetRequiredService<IndicatorBindingService>()
                .BindLayerAsync("elders", "t_labels_count", default);

            var request = new IndicatorComputeRequest(null, IndicatorEngine.Dotnet, null)
            {
                IndicatorIds = ["t_labels_count"],
            };
            var result = Assert.Single(
                await services.GetRequiredService<IndicatorComputeService>().ComputeAsync(request, default)
            );

            Assert.Equal(48, result.Known);
            Assert.Contains(expected, result.Hint, StringComparison.Ordinal);
            Assert.Contains("'elders'", result.Hint, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task ComputeAsync_TheDemoLayers_GiveNoHint()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);

        var results = await workspace.ComputeAsync(IndicatorEngine.Dotnet);

        var computed = results.Where(r => r.Skipped is null).ToList();
        Assert.NotEmpty(computed);
        Assert.All(computed, r => Assert.True(r.Hint is null, $"{r.IndicatorId}: {r.Hint}"));
    }
}
