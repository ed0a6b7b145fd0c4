using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api;

public sealed class AnalysesEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetAnalyses_DefaultProfiel_SummarisesTheDemoInCamelCase()
    {
        using var json = await GetOkAsync("/api/analyses");

        var root = json.RootElement;
        Assert.Equal("standaard", root.GetProperty("profiel").GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("profiel").GetProperty("version").GetInt32());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal(48, root.GetProperty("overlap").EnumerateArray().Sum(o => o.GetProperty("buurten").GetInt32()));
        var top = root.GetProperty("topBuurten").EnumerateArray().ToArray();
        Assert.Equal(10, top.Length);
        Assert.Equal("BU99990106", top[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Number, top[0].GetProperty("combinedScore").ValueKind);
        Assert.Equal(4, top[0].GetProperty("knownOpgaven").GetInt32());
        Assert.Equal(6, root.GetProperty("wijken").GetArrayLength());
        var matrix = root.GetProperty("overlapMatrix");
        Assert.Equal(4, matrix.GetProperty("opgaven").GetArrayLength());
        Assert.Equal(4, matrix.GetProperty("buurten")[0].GetArrayLength());
        Assert.True(root.GetProperty("hotSpots").GetProperty("hotSpots").GetInt32() > 0);
    }

    [Fact]
    public async Task GetAnalyses_TopAndFdr_AreApplied()
    {
        using var json = await GetOkAsync("/api/analyses?top=3&fdr=true");

        Assert.Equal(3, json.RootElement.GetProperty("topBuurten").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("hotSpots").GetProperty("falseDiscoveryRate").GetBoolean());
    }

    [Theory]
    [InlineData("/api/analyses?top=0", "top")]
    [InlineData("/api/analyses?top=veel", "top")]
    [InlineData("/api/analyses?fdr=misschien", "fdr")]
    [InlineData("/api/analyses/sensitivity?runs=0", "runs")]
    [InlineData("/api/analyses/sensitivity?runs=100001", "runs")]
    [InlineData("/api/analyses/sensitivity?perturbation=1.5", "perturbation")]
    [InlineData("/api/analyses/sensitivity?perturbation=0,25", "perturbation")]
    [InlineData("/api/analyses/sensitivity?top=2000", "top")]
    [InlineData("/api/analyses?year=twintig", "year")]
    [InlineData("/api/analyses/diagnostiek?year=twintig", "year")]
    [InlineData("/api/analyses/diagnostiek?year=24", "year")]
    [InlineData("/api/analyses/compare", "met")]
    [InlineData("/api/analyses/compare?met=vaste-drempels&top=-1", "top")]
    public async Task Get_BadParameter_Returns400NamingIt(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await ReadJsonAsync(response);
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("/api/analyses?profiel=bestaat-niet")]
    [InlineData("/api/analyses/sensitivity?profiel=bestaat-niet")]
    [InlineData("/api/analyses/diagnostiek?profiel=bestaat-niet")]
    [InlineData("/api/analyses/compare?met=bestaat-niet")]
    public async Task Get_UnknownProfiel_Returns404WithCode(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        Assert.Equal("profiel-onbekend", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetDiagnostiek_Demo_AnswersRatesPairsAndWarnings()
    {
        using var json = await GetOkAsync("/api/analyses/diagnostiek?profiel=standaard&year=2024");

        var root = json.RootElement;
        var opgaven = root.GetProperty("opgaven").EnumerateArray().ToArray();
        Assert.Equal(
            ["energie", "klimaatadaptatie", "wonen", "sociaal"],
            opgaven.Select(o => o.GetProperty("id").GetString())
        );
        Assert.All(opgaven, o =>
            Assert.Equal(
                1.0,
                o.GetProperty("aandeelHoog").GetDouble()
                    + o.GetProperty("aandeelMidden").GetDouble()
                    + o.GetProperty("aandeelLaag").GetDouble()
                    + o.GetProperty("aandeelOnbekend").GetDouble(),
                9
            )
        );
        Assert.All(opgaven, o => Assert.InRange(o.GetProperty("aantalMetGegevens").GetInt32(), 40, 48));
        var paren = root.GetProperty("paren").EnumerateArray().ToArray();
        Assert.Equal(6, paren.Length);
        var wonenSociaal = Assert.Single(paren, p =>
            p.GetProperty("a").GetString() == "wonen" && p.GetProperty("b").GetString() == "sociaal"
        );
        Assert.Equal(
            wonenSociaal.GetProperty("waargenomen").GetDouble() / wonenSociaal.GetProperty("verwacht").GetDouble(),
            wonenSociaal.GetProperty("lift").GetDouble(),
            9);
        // The default profile counts each indicator once; what remains are indicators that move together.
        var waarschuwingen = root.GetProperty("waarschuwingen").EnumerateArray().ToArray();
        Assert.DoesNotContain(waarschuwingen, w => w.GetProperty("code").GetString() == "indicator-in-meer-opgaven");
        var samen = waarschuwingen.First(w => w.GetProperty("code").GetString() == "indicatoren-hangen-samen");
        Assert.Equal(
            ["gemiddeld_gasverbruik_totaal", "percentage_personen_65_jaar_en_ouder"],
            samen.GetProperty("indicatoren").EnumerateArray().Select(i => i.GetString())
        );
        Assert.Equal(
            ["energie", "klimaatadaptatie"],
            samen.GetProperty("opgaven").EnumerateArray().Select(o => o.GetString())
        );
        Assert.False(string.IsNullOrWhiteSpace(samen.GetProperty("tekst").GetString()));
    }

    [Theory]
    [InlineData("/api/analyses/diagnostiek?year=1990")]
    [InlineData("/api/analyses?year=1990")]
    public async Task Get_YearWithoutBuurten_Returns404(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        Assert.Equal("geen-buurten", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetSensitivity_SmallRun_ReportsSharesPerBuurt()
    {
        using var json = await GetOkAsync("/api/analyses/sensitivity?runs=50&perturbation=0.1&top=5");

        var root = json.RootElement;
        Assert.Equal(
            (50, 0.1, 5),
            (
                root.GetProperty("runs").GetInt32(),
                root.GetProperty("perturbation").GetDouble(),
                root.GetProperty("topK").GetInt32()
            )
        );
        var buurten = root.GetProperty("buurten").EnumerateArray().ToArray();
        Assert.Equal(5, buurten.Count(b => b.GetProperty("inBaseTopK").GetBoolean()));
        Assert.All(buurten, b => Assert.InRange(b.GetProperty("shareInTopK").GetDouble(), 0, 1));
        Assert.StartsWith("Van de 5 buurten", root.GetProperty("conclusion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCompare_TwoProfiles_ReportsDifferencesPerBuurt()
    {
        using var json = await GetOkAsync("/api/analyses/compare?profiel=standaard&met=vaste-drempels&top=10");

        var root = json.RootElement;
        Assert.Equal("vaste-drempels", root.GetProperty("met").GetProperty("id").GetString());
        var buurten = root.GetProperty("buurten").EnumerateArray().ToArray();
        Assert.Equal(48, buurten.Length);
        var ranked = buurten.Where(b => b.GetProperty("rankA").ValueKind == JsonValueKind.Number).ToArray();
        Assert.Equal(47, ranked.Length);
        Assert.All(ranked, b =>
            Assert.Equal(
                b.GetProperty("rankB").GetInt32() - b.GetProperty("rankA").GetInt32(),
                b.GetProperty("rankDifference").GetInt32()
            )
        );
        Assert.Equal(root.GetProperty("entering").GetArrayLength(), root.GetProperty("leaving").GetArrayLength());
    }

    private async Task<JsonDocument> GetOkAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await ReadJsonAsync(response);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonDocument.ParseAsync(stream);
    }
}
