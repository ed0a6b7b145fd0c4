using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api;

// The factory's workspace is shared by the tests of this class, so every test uses its own selectie names.
public sealed class SelectiesEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task PostGetPutDelete_Selectie_RoundTrips()
    {
        using var client = factory.CreateClient();

        using var created = await client.PostAsJsonAsync(
            "/api/selecties",
            new
            {
                name = "Rondje",
                notes = "eerst",
                codes = new[] { "bu99990002" },
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt64();
        using var renamed = await client.PutAsJsonAsync(
            $"/api/selecties/{id}",
            new
            {
                name = "Rondje 2",
                notes = "later",
                codes = new[] { "WK999900" },
            }
        );
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/selecties", UriKind.Relative)));
        using var deleted = await client.DeleteAsync(new Uri($"/api/selecties/{id}", UriKind.Relative));
        using var gone = await client.GetAsync(new Uri($"/api/selecties/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await JsonAsync(renamed);
        Assert.Equal("Rondje 2", body.GetProperty("name").GetString());
        Assert.Equal("WK999900", body.GetProperty("codes")[0].GetString());
        Assert.Contains(list.RootElement.EnumerateArray(), s => s.GetProperty("name").GetString() == "Rondje 2");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("selectie-onbekend", (await JsonAsync(gone)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetExportCsv_SavedSelectie_DownloadsItsBuurtenAndIsAudited()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = "Csv-wijk", codes = new[] { "WK999900" } });

        using var response = await client.GetAsync(
            new Uri($"/api/selecties/{id}/export.csv?separator=,", UriKind.Relative)
        );
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        using var audit = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/audit", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("selectie-csv-wijk-standaard.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("buurtcode,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("BU999900", l, StringComparison.Ordinal));
        Assert.Contains(audit.RootElement.EnumerateArray(), e =>
            e.ToString().Contains("selectie-csv-wijk-standaard.csv", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("export.csv?separator=tab", HttpStatusCode.BadRequest, "scheidingsteken-ongeldig")]
    [InlineData("export.csv?profiel=bestaat-niet", HttpStatusCode.NotFound, "profiel-onbekend")]
    public async Task GetExportCsv_BadRequest_ProblemWithCode(string path, HttpStatusCode status, string code)
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = $"Csv-fout-{code}", codes = new[] { "BU99990002" } });

        using var response = await client.GetAsync(new Uri($"/api/selecties/{id}/{path}", UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("Fout", "BU12345678", HttpStatusCode.BadRequest, "gebied-onbekend")]
    [InlineData("Leeg", "", HttpStatusCode.BadRequest, "selectie-leeg")]
    [InlineData("", "BU99990002", HttpStatusCode.BadRequest, "selectie-naam-leeg")]
    public async Task Post_InvalidSelectie_ProblemWithCode(
        string name,
        string code,
        HttpStatusCode status,
        string expected
    )
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/selecties", new { name, codes = new[] { code } });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_TakenName_409SelectieBestaat()
    {
        using var client = factory.CreateClient();
        using var first = await client.PostAsJsonAsync(
            "/api/selecties",
            new { name = "Tweemaal", codes = new[] { "BU99990002" } }
        );

        using var second = await client.PostAsJsonAsync(
            "/api/selecties",
            new { name = "Tweemaal", codes = new[] { "WK999900" } }
        );

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("selectie-bestaat", (await JsonAsync(second)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Put_OnlyName_RenamesAndKeepsCodesNotesAndProfiel()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(
            client,
            new { name = "Hernoem mij", notes = "blijft", codes = new[] { "BU99990002" }, profiel = "standaard" }
        );

        using var renamed = await client.PutAsJsonAsync($"/api/selecties/{id}", new { name = "Hernoemd" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await JsonAsync(renamed);
        Assert.Equal("Hernoemd", body.GetProperty("name").GetString());
        Assert.Equal(["BU99990002"], body.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("blijft", body.GetProperty("notes").GetString());
        Assert.Equal("standaard", body.GetProperty("profiel").GetString());
    }

    [Fact]
    public async Task Put_ExplicitlyEmptyCodes_400SelectieLeeg()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = "Niet leeg te maken", codes = new[] { "BU99990002" } });

        using var emptied = await client.PutAsJsonAsync(
            $"/api/selecties/{id}",
            new { name = "Niet leeg te maken", codes = Array.Empty<string>() }
        );

        Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);
        Assert.Equal("selectie-leeg", (await JsonAsync(emptied)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostAndPut_UnknownProfiel_400ProfielOnbekendNamingTheKnownProfielen()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = "Met profiel", codes = new[] { "BU99990002" } });

        using var post = await client.PostAsJsonAsync(
            "/api/selecties",
            new { name = "Fout profiel", codes = new[] { "BU99990002" }, profiel = "bestaatniet" }
        );
        using var put = await client.PutAsJsonAsync(
            $"/api/selecties/{id}",
            new { name = "Met profiel", profiel = "bestaatniet" }
        );
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/selecties", UriKind.Relative)));

        foreach (var response in new[] { post, put })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await JsonAsync(response);
            Assert.Equal("profiel-onbekend", problem.GetProperty("code").GetString());
            Assert.Equal("profiel", problem.GetProperty("parameter").GetString());
            Assert.StartsWith(
                "Het profiel 'bestaatniet' bestaat niet. Beschikbaar: standaard, vaste-drempels",
                problem.GetProperty("detail").GetString(),
                StringComparison.Ordinal
            );
        }

        Assert.DoesNotContain(
            list.RootElement.EnumerateArray(),
            s => s.GetProperty("name").GetString() == "Fout profiel"
        );
    }

    [Theory]
    [InlineData(201, 0, "selectie-naam-te-lang", "name")]
    [InlineData(10, 4001, "selectie-notities-te-lang", "notes")]
    public async Task Post_TooLongNameOrNotes_400NamingTheLimit(
        int nameLength,
        int notesLength,
        string code,
        string field
    )
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(
            "/api/selecties",
            new
            {
                name = new string('n', nameLength),
                notes = new string('x', notesLength),
                codes = new[] { "BU99990002" },
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.Contains(
            field == "name" ? "200 tekens" : "4000 tekens",
            problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task GetAgenda_SavedKerkbuurt_IsTheAgendaOfItsCodes()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = "Agenda", codes = new[] { "BU99990002" } });

        using var agenda = JsonDocument.Parse(
            await client.GetStringAsync(new Uri($"/api/selecties/{id}/agenda", UriKind.Relative))
        );
        using var unknownProfiel = await client.GetAsync(
            new Uri($"/api/selecties/{id}/agenda?profiel=bestaat-niet", UriKind.Relative)
        );

        Assert.Equal("BU99990002", agenda.RootElement.GetProperty("areas")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownProfiel.StatusCode);
        Assert.Equal("profiel-onbekend", (await JsonAsync(unknownProfiel)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Export_WijkSelectie_GeoJsonWithOnlyItsBuurten()
    {
        using var client = factory.CreateClient();
        var id = await CreateAsync(client, new { name = "Export", codes = new[] { "WK999900", "BU99990002" } });

        using var response = await client.GetAsync(new Uri($"/api/selecties/{id}/export.geojson", UriKind.Relative));

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = (await JsonAsync(response)).GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f =>
            Assert.Equal("WK999900", f.GetProperty("properties").GetProperty("wijkcode").GetString())
        );
        Assert.Single(features, f => f.GetProperty("properties").GetProperty("buurtcode").GetString() == "BU99990002");
    }

    [Fact]
    public async Task Export_UnknownId_404SelectieOnbekend()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/selecties/999999/export.geojson", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("selectie-onbekend", (await JsonAsync(response)).GetProperty("code").GetString());
    }

    // A saved selectie's id; the test fails here when it could not be saved.
    private static async Task<long> CreateAsync(HttpClient client, object selectie)
    {
        using var created = await client.PostAsJsonAsync("/api/selecties", selectie);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
