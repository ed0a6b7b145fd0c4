using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api;

public sealed class AgendaEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetBuurtAgenda_Kerkbuurt_ExplainsUrgentOpgavenInDutch()
    {
        using var json = await GetOkAsync("/api/buurten/BU99990002/agenda");

        var root = json.RootElement;
        Assert.Equal("Gebiedsagenda Kerkbuurt", root.GetProperty("title").GetString());
        Assert.Equal("standaard", root.GetProperty("profiel").GetProperty("id").GetString());
        Assert.Equal(2315, root.GetProperty("population").GetDouble());
        var urgent = root.GetProperty("opgaven")
            .EnumerateArray()
            .Where(o => o.GetProperty("urgentBuurten").GetInt32() == 1)
            .ToArray();
        Assert.True(urgent.Length >= 2);
        Assert.All(urgent, o =>
            Assert.StartsWith(
                "In Kerkbuurt is ",
                o.GetProperty("explanations")[0].GetProperty("sentence").GetString(),
                StringComparison.Ordinal
            )
        );
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("generatedAt").GetString(), out _));
        Assert.NotEmpty(root.GetProperty("koppelkansen").EnumerateArray());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("indicators")[0].GetProperty("gemeenteAverage").ValueKind);
    }

    [Fact]
    public async Task GetWijkAgenda_OudeKern_HasThePlanningWithWorksOwnersCombinationsAndShifts()
    {
        using var json = await GetOkAsync("/api/wijken/WK999900/agenda");

        var planning = json.RootElement.GetProperty("planning");
        var owners = planning
            .GetProperty("works")
            .EnumerateArray()
            .Select(w => w.GetProperty("eigenaar").GetString())
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Gemeente Demodam", owners);
        Assert.Contains("Warmtebedrijf Demodam", owners);
        Assert.Contains(planning.GetProperty("combinations").EnumerateArray(), c =>
            c.GetProperty("koppelkansId").GetString() == "straat-een-keer-open"
        );
        Assert.All(planning.GetProperty("shifts").EnumerateArray(), s =>
            Assert.True(s.GetProperty("yearsApart").GetInt32() > s.GetProperty("withinYears").GetInt32())
        );
        Assert.NotEmpty(planning.GetProperty("shifts").EnumerateArray());
    }

    [Fact]
    public async Task GetWijkAgenda_Molenwijk_CoversItsTenBuurten()
    {
        using var json = await GetOkAsync("/api/wijken/WK999901/agenda?profiel=vaste-drempels");

        var root = json.RootElement;
        Assert.Equal(10, root.GetProperty("buurtCount").GetInt32());
        Assert.Equal("vaste-drempels", root.GetProperty("profiel").GetProperty("id").GetString());
        Assert.Equal("wijk", root.GetProperty("areas")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task GetSelectieAgenda_TwoBuurten_CombinesThem()
    {
        using var json = await GetOkAsync("/api/agenda?codes=BU99990002,BU99990106");

        Assert.Equal(2, json.RootElement.GetProperty("buurtCount").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("areas").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/buurten/BU99990999/agenda", "gebied-onbekend")]
    [InlineData("/api/buurten/WK999900/agenda", "gebied-onbekend")]
    [InlineData("/api/wijken/WK999999/agenda", "gebied-onbekend")]
    [InlineData("/api/wijken/BU99990002/agenda", "gebied-onbekend")]
    [InlineData("/api/agenda?codes=BU99990002,onzin", "gebied-onbekend")]
    [InlineData("/api/buurten/BU99990002/agenda?profiel=bestaat-niet", "profiel-onbekend")]
    public async Task GetAgenda_Unknown_Returns404WithCode(string url, string code)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await ReadJsonAsync(response);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetSelectieAgenda_NoCodes_Returns400NamingCodes()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/agenda?codes=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        Assert.Equal(
            ("selectie-leeg", "codes"),
            (json.RootElement.GetProperty("code").GetString(), json.RootElement.GetProperty("parameter").GetString())
        );
    }

    private async Task<JsonDocument> GetOkAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonDocument.ParseAsync(stream);
    }
}
