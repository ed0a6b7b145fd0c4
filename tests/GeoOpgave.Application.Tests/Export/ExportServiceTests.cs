using System.Text;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Export;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

public sealed class ExportServiceTests(DemoWorkspaceFixture workspace) : IClassFixture<DemoWorkspaceFixture>
{
    private static readonly OverlapLegend Legend = OverlapLegend.Standard;

    [Fact]
    public async Task PrepareAsync_UnknownProfiel_ThrowsWithCode()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        var service = Service(scope);

        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            service.PrepareAsync(new ExportRequest(ExportFormat.Csv, "bestaat-niet"), CancellationToken.None)
        );

        Assert.Equal("profiel-onbekend", e.Code);
    }

    [Fact]
    public async Task PrepareAsync_CsvWithTabSeparator_ThrowsWithCode()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        var service = Service(scope);

        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            service.PrepareAsync(new ExportRequest(ExportFormat.Csv, null, '\t'), CancellationToken.None)
        );

        Assert.Equal("scheidingsteken-ongeldig", e.Code);
    }

    [Fact]
    public async Task WriteAsync_Csv_WritesAHeaderAndOneRowPerBuurt()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        var export = await Service(scope)
            .PrepareAsync(new ExportRequest(ExportFormat.Csv, null), CancellationToken.None);
        using var stream = new MemoryStream();

        await ExportService.WriteAsync(export, stream, CancellationToken.None);

        var lines = Encoding
            .UTF8.GetString(stream.ToArray())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(
            "buurtcode;buurtnaam;wijkcode;gemeentecode;jaar;profiel;overlap",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Equal(export.Result.Buurten.Count + 1, lines.Length);
        Assert.Equal($"buurten-standaard-{export.Result.Year}.csv", export.FileName);
    }

    [Theory]
    [InlineData(true, 1L)]
    [InlineData(false, 0L)]
    public async Task WriteAsync_GeoPackage_HasAStyleOnlyWhenALegendIsGiven(bool withLegend, long expectedStyles)
    {
        var request = new ExportRequest(ExportFormat.GeoPackage, null, Legend: withLegend ? Legend : null);
        await using var scope = workspace.Services.CreateAsyncScope();
        var export = await Service(scope).PrepareAsync(request, CancellationToken.None);
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-export-test-{Guid.NewGuid():N}.gpkg");
        try
        {
            await using (var file = File.Create(path))
            {
                await ExportService.WriteAsync(export, file, CancellationToken.None);
            }

            await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            Assert.Equal(
                (long)export.Result.Buurten.Count,
                await ScalarAsync(connection, "SELECT count(*) FROM buurten")
            );
            Assert.Equal(
                expectedStyles,
                await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'layer_styles'")
            );
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static ExportService Service(AsyncServiceScope scope) =>
        new(scope.ServiceProvider.GetRequiredService<AnalysisService>(), CollectionCatalogTests.Catalog(scope));
}
