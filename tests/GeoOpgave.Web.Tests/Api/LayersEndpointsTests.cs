using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace GeoOpgave.Web.Tests.Api;

public sealed class LayersEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    private const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"A"},"geometry":{"type":"Point","coordinates":[155000,463000]}}]}
        """;

    [Fact]
    public async Task PostGetDelete_GeoJsonUpload_RoundTrips()
    {
        using var client = factory.CreateClient();

        using var created = await client.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("api-punten.geojson", RdGeoJson)
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("layers")[0].GetProperty("id").GetInt64();
        Assert.Equal(1, body.RootElement.GetProperty("reports")[0].GetProperty("featuresImported").GetInt32());

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers", UriKind.Relative)));
        Assert.Contains(list.RootElement.EnumerateArray(), l => l.GetProperty("name").GetString() == "api-punten");
        using var detail = JsonDocument.Parse(
            await client.GetStringAsync(new Uri($"/api/layers/{id}", UriKind.Relative))
        );
        Assert.Equal("EPSG:28992", detail.RootElement.GetProperty("report").GetProperty("crsDetected").GetString());

        using var deleted = await client.DeleteAsync(new Uri($"/api/layers/{id}", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri($"/api/layers/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("laag-onbekend", (await ProblemAsync(gone)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_MalformedFile_422ImportAfgewezenWithReport()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("kapot.geojson", "{\"type\":")
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ProblemAsync(response);
        Assert.Equal("import-afgewezen", problem.GetProperty("code").GetString());
        Assert.Equal(
            "UnreadableFile",
            problem.GetProperty("reports")[0].GetProperty("issues")[0].GetProperty("kind").GetString()
        );
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_413Problem()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxUploadBytes", "1000"));
        using var client = limited.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("groot.geojson", new string(' ', 200_000) + RdGeoJson)
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("upload-te-groot", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_NoFile_400BestandOntbreekt()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "name" } };

        using var response = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bestand-ontbreekt", (await ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("crs", "EPSG:abc", "Veld 'crs': 'EPSG:abc'")]
    [InlineData("year", "twintig", "Veld 'year': 'twintig'")]
    [InlineData("encoding", "klingon-8", "Veld 'encoding': 'klingon-8'")]
    [InlineData("areas", "ja", "Veld 'areas': 'ja' is geen true of false")]
    [InlineData("gemeente", "GM0308", "Veld 'gemeente' hoort bij areas=true")]
    public async Task Post_BadOptionalField_400NamesTheFieldAndImportsNothing(
        string field,
        string value,
        string expected
    )
    {
        using var client = factory.CreateClient();
        var before = (await ListNamesAsync(client)).Count;
        using var form = Upload("veld-fout.geojson", RdGeoJson);
        form.Add(new StringContent(value), field);

        using var response = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("parameter-ongeldig", problem.GetProperty("code").GetString());
        Assert.StartsWith(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await ListNamesAsync(client)).Count);
    }

    [Fact]
    public async Task Post_Windows1252CsvWithEncodingAndCrsFields_KeepsAccentedText()
    {
        using var client = factory.CreateClient();
        var file = new ByteArrayContent(
            GeoOpgave.IO.Csv.CsvEncoding.Ansi.GetBytes("x;y;naam\n155000;463000;Café Één\n")
        );
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { file, "file", "cafes.csv" },
            { new StringContent("cafes1252"), "name" },
            { new StringContent("EPSG:28992"), "crs" },
            { new StringContent("windows-1252"), "encoding" },
        };

        using var created = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);
        using var items = JsonDocument.Parse(
            await client.GetStringAsync(new Uri("/ogc/collections/laag-cafes1252/items?f=json", UriKind.Relative))
        );

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(
            "Café Één",
            items.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("naam").GetString()
        );
    }

    [Fact]
    public async Task Post_KaartAsAreasOfOneGemeente_ReplacesTheDemoAndReportsWithoutALayer()
    {
        // Its own workspace: the kaart replaces the demo that the other tests share.
        using var own = new GeoOpgaveWebFactory();
        using var client = own.CreateClient();
        const string Buurt = "[[[155000,463000],[155500,463000],[155500,463500],[155000,463500],[155000,463000]]]";
        const string Elders = "[[[140000,463000],[140500,463000],[140500,463500],[140000,463500],[140000,463000]]]";
        var kaart = $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
             {"type":"Feature","properties":{"buurtcode":"BU03080000","buurtnaam":"Centrum","gemeentecode":"GM0308",
              "jaar":2024,"aantal_inwoners":1200},"geometry":{"type":"Polygon","coordinates":{{{Buurt}}}}},
             {"type":"Feature","properties":{"buurtcode":"BU03070000","buurtnaam":"Elders","gemeentecode":"GM0307",
              "jaar":2024,"aantal_inwoners":900},"geometry":{"type":"Polygon","coordinates":{{{Elders}}}}}]}
            """;
        using var form = Upload("buurten_2024.geojson", kaart);
        form.Add(new StringContent("true"), "areas");
        form.Add(new StringContent("gm0308"), "gemeente");

        using var response = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);
        using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/status", UriKind.Relative)));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("layers").GetArrayLength());
        var report = body.RootElement.GetProperty("reports")[0];
        Assert.Equal("buurten_2024.geojson", report.GetProperty("source").GetString());
        Assert.Contains(
            report.GetProperty("issues").EnumerateArray(),
            i => i.GetProperty("message").GetString()!.StartsWith("Alleen GM0308 ingelezen", StringComparison.Ordinal)
        );
        Assert.Equal(1, status.RootElement.GetProperty("buurten").GetInt32());
        Assert.DoesNotContain("demodam", string.Join(",", await ListNamesAsync(client)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GeoJsonWithoutName_ReportNamesTheUploadedFileNotATemporaryOne()
    {
        using var client = factory.CreateClient();
        const string Points = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
             {"type":"Feature","properties":{"naam":"A"},"geometry":{"type":"Point","coordinates":[155000,463000]}},
             {"type":"Feature","properties":{"naam":"B"},"geometry":null}]}
            """;

        using var response = await client.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("laadpalen_baarn.geojson", Points)
        );

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issue = body.RootElement.GetProperty("reports")[0].GetProperty("issues")[0];
        Assert.Equal("laadpalen_baarn", issue.GetProperty("layer").GetString());
    }

    [Fact]
    public async Task Post_AreasWithAFieldOfALayerImport_400NamesThatField()
    {
        using var client = factory.CreateClient();
        using var form = Upload("kaart.geojson", RdGeoJson);
        form.Add(new StringContent("true"), "areas");
        form.Add(new StringContent("buurt_code"), "codeColumn");

        using var response = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Veld 'codeColumn' hoort bij het importeren van een laag, niet bij areas=true.",
            (await ProblemAsync(response)).GetProperty("detail").GetString()
        );
    }

    private static async Task<List<string?>> ListNamesAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers", UriKind.Relative)));
        return list.RootElement.EnumerateArray().Select(l => l.GetProperty("name").GetString()).ToList();
    }

    private static MultipartFormDataContent Upload(string fileName, string content)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
