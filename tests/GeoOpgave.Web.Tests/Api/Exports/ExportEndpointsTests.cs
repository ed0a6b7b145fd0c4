using System.Net;
using System.Text;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Tests.Api.Ogc;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Web.Tests.Api.Exports;

public sealed class ExportEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geoopgave-export-tests-").FullName;

    [Theory]
    [InlineData("geojson", "application/geo+json", "GeoJSON", "Multi Polygon")]
    [InlineData("csv", "text/csv", "CSV", "None")]
    [InlineData("gpkg", "application/geopackage+sqlite3", "GPKG", "Multi Polygon")]
    public async Task GetExport_EachFormat_IsADownloadThatOgrinfoReadsWithoutWarnings(
        string format,
        string mediaType,
        string driver,
        string geometry
    )
    {
        using var client = factory.CreateClient();

        var (response, path) = await DownloadAsync(client, $"/api/exports/buurten.{format}");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"buurten-standaard-2024.{format}", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var output = await OgrInfo.RunAsync("-al", "-so", path);
        OgrInfo.AssertClean(output);
        Assert.Contains($"using driver `{driver}' successful", output, StringComparison.Ordinal);
        Assert.Contains($"Geometry: {geometry}", output, StringComparison.Ordinal);
        Assert.Matches(@"Feature Count: (4\d|5\d)\b", output);
    }

    [Fact]
    public async Task GetExport_CsvSemicolon_UsesDecimalComma()
    {
        using var client = factory.CreateClient();

        var (_, path) = await DownloadAsync(client, "/api/exports/buurten.csv");

        var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8);
        var header = lines[0].Split(';');
        var score = Array.IndexOf(header, "score_energie");
        Assert.True(score > 0, lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Split(';')[score].Contains(',', StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(';')[score].Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetExport_CsvComma_UsesDecimalPoint()
    {
        using var client = factory.CreateClient();

        var (_, path) = await DownloadAsync(client, "/api/exports/buurten.csv?separator=,");

        var output = await OgrInfo.RunAsync("-al", "-q", "-oo", "AUTODETECT_TYPE=YES", path);
        OgrInfo.AssertClean(output);
        Assert.Matches(@"score_energie \(Real\) = \d+\.\d+", output);
        Assert.Matches(@"overlap \(Integer\) = [0-4]", output);
    }

    [Fact]
    public async Task GetExport_GeoPackage_HasTheOverlapStyleWithTheMapColours()
    {
        using var client = factory.CreateClient();

        var (_, path) = await DownloadAsync(client, "/api/exports/buurten.gpkg");

        var layers = await OgrInfo.RunAsync(path);
        Assert.Contains("layer_styles (None)", layers, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("buurten", reader.GetString(0));
        Assert.Equal("geom", reader.GetString(1));
        Assert.True(reader.GetBoolean(2));
        var qml = reader.GetString(3);
        foreach (var colour in OverlapPalette.Colours.Append(OverlapPalette.OnbekendColour))
        {
            var rgb = Convert.FromHexString(colour.TrimStart('#'));
            Assert.Contains($"value=\"{rgb[0]},{rgb[1]},{rgb[2]},", qml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/exports/buurten.xlsx", HttpStatusCode.BadRequest, "formaat-onbekend")]
    [InlineData("/api/exports/buurten.csv?separator=tab", HttpStatusCode.BadRequest, "scheidingsteken-ongeldig")]
    [InlineData("/api/exports/buurten.gpkg?profiel=bestaat-niet", HttpStatusCode.NotFound, "profiel-onbekend")]
    public async Task GetExport_BadRequest_ReturnsProblemWithCode(string url, HttpStatusCode status, string code)
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, url, status);

        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetCollectionExport_WijkenOfAYear_IsNamedByTheYearAndReadByOgrinfo()
    {
        using var client = factory.CreateClient();

        var (response, path) = await DownloadAsync(client, "/api/exports/collections/wijken.gpkg?year=2024");

        Assert.Equal("wijken-2024.gpkg", response.Content.Headers.ContentDisposition?.FileNameStar);
        var output = await OgrInfo.RunAsync("-al", "-so", path);
        OgrInfo.AssertClean(output);
        Assert.Contains("Layer name: wijken", output, StringComparison.Ordinal);
        Assert.Contains("wijknaam: String", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/exports/collections/provincies.csv", HttpStatusCode.NotFound, "collectie-onbekend")]
    [InlineData(
        "/api/exports/collections/wijken.csv?profiel=standaard",
        HttpStatusCode.BadRequest,
        "parameter-onbekend"
    )]
    [InlineData("/api/exports/collections/gemeenten.csv?year=1990", HttpStatusCode.NotFound, "jaar-onbekend")]
    [InlineData("/api/exports/collections/wijken.shp", HttpStatusCode.BadRequest, "formaat-onbekend")]
    public async Task GetCollectionExport_BadRequest_ReturnsProblemWithCode(
        string url,
        HttpStatusCode status,
        string code
    )
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, url, status);

        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void OverlapLegendStandard_IsTheMapPalette()
    {
        Assert.Equal(OverlapPalette.Colours, OverlapLegend.Standard.Colours);
        Assert.Equal(OverlapPalette.OnbekendColour, OverlapLegend.Standard.OnbekendColour);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(HttpResponseMessage Response, string Path)> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? "download";
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N")[..8] + "-" + name);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return (response, path);
    }
}
