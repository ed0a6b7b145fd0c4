using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api;

// Each test class gets a workspace of its own; the tests that change it (binding, deleting layers) use a fresh factory.
public sealed class StatusEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Get_Status_Demo_CountsScoredBuurtenPerOpgaveAndNamesTheMissingWithTheirSource()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/status", UriKind.Relative)));

        var root = json.RootElement;
        Assert.Equal("standaard", root.GetProperty("profiel").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal(48, root.GetProperty("buurten").GetInt32());
        var klimaat = root.GetProperty("opgaven")
            .EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == "klimaatadaptatie");
        // Plas en Park (15 inwoners) is not ranked: of the 47 that are, klimaatadaptatie is scored in every one.
        Assert.Equal(1, root.GetProperty("notRanked").GetInt32());
        Assert.Equal((47, 47), (klimaat.GetProperty("scored").GetInt32(), klimaat.GetProperty("buurten").GetInt32()));
        Assert.False(klimaat.GetProperty("incomplete").GetBoolean());
        var woz = root.GetProperty("indicators")
            .EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "gemiddelde_woningwaarde");
        Assert.Equal(
            ["BU99990209", "BU99990502"],
            woz.GetProperty("missingBuurten").EnumerateArray().Select(c => c.GetString())
        );
        Assert.Contains("StatLine", woz.GetProperty("obtain").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twintig", HttpStatusCode.BadRequest, "parameter-buiten-bereik")]
    [InlineData("1990", HttpStatusCode.NotFound, "geen-buurten")]
    public async Task Get_Status_BadOrEmptyYear_ProblemWithCode(string year, HttpStatusCode status, string code)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/status?year={year}", UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            code,
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task Post_Binding_TableColumnExpression_FillsTheIndicatorAndBadBindingsAreProblems()
    {
        using var fresh = new GeoOpgaveWebFactory();
        using var client = fresh.CreateClient();
        using var upload = await client.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("eigen_cijfers.csv", "buurtcode;bewoond_procent\nBU99990001;96\nBU99990002;91,5\n"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        using var bound = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new { laag = "eigen_cijfers", koppeling = "percentage_leegstand_woningen=100 - bewoond_procent" });
        using var badColumn = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new { laag = "eigen_cijfers", koppeling = "percentage_leegstand_woningen=100 - bewoond" });
        using var unknown = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new { laag = "bestaat_niet", koppeling = "percentage_leegstand_woningen=1" });

        Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        Assert.Equal(
            2,
            JsonDocument.Parse(await bound.Content.ReadAsStringAsync()).RootElement.GetProperty("waarden").GetInt32()
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badColumn.StatusCode);
        Assert.Contains("'bewoond'", await badColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The user's own figure of 2024 replaces the kaart's figure of that year.
        using var item = JsonDocument.Parse(
            await client.GetStringAsync(new Uri("/ogc/collections/buurten/items/BU99990002", UriKind.Relative))
        );
        var properties = item.RootElement.GetProperty("properties");
        Assert.Equal(8.5, properties.GetProperty("percentage_leegstand_woningen").GetDouble(), 6);
        Assert.Equal(2024, properties.GetProperty("percentage_leegstand_woningen_jaar").GetInt32());
    }

    [Fact]
    public async Task Post_Binding_LayerThatCannotFillTheIndicator_StoredWithAWarning()
    {
        using var fresh = new GeoOpgaveWebFactory();
        using var client = fresh.CreateClient();

        using var bound = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new { laag = "energielabels_demodam", koppeling = "percentage_personen_65_jaar_en_ouder" });

        Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        using var json = JsonDocument.Parse(await bound.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("waarden").GetInt32());
        var warning = Assert.Single(json.RootElement.GetProperty("waarschuwingen").EnumerateArray());
        Assert.Contains(
            "de catalogus definieert geen berekening uit een laag voor percentage_personen_65_jaar_en_ouder",
            warning.GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Post_Binding_RasterWithMask_StoredAndAPointMaskIsAProblem()
    {
        using var fresh = new GeoOpgaveWebFactory();
        using var client = fresh.CreateClient();

        using var bound = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new
            {
                laag = "hittestress_gevoelstemperatuur_demodam",
                koppeling = "aandeel_gevoelstemperatuur_35_plus",
                masker = "wateroverlast_zones_demodam",
            }
        );
        using var points = await client.PostAsJsonAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new
            {
                laag = "hittestress_gevoelstemperatuur_demodam",
                koppeling = "aandeel_gevoelstemperatuur_35_plus",
                masker = "energielabels_demodam",
            }
        );

        Assert.Equal(HttpStatusCode.OK, bound.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, points.StatusCode);
        Assert.Equal("application/problem+json", points.Content.Headers.ContentType?.MediaType);
        Assert.Contains("vlakkenlaag", await points.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_ClimateMapsDeleted_WarnsThatKlimaatadaptatieIsIncompleteAndLagenNamesTheMissingMaps()
    {
        using var fresh = new GeoOpgaveWebFactory();
        using var client = fresh.CreateClient();
        using var layers = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers", UriKind.Relative)));
        foreach (
            var layer in layers
                .RootElement.EnumerateArray()
                .Where(l =>
                    l.GetProperty("name").GetString()!.StartsWith("h", StringComparison.Ordinal)
                    || l.GetProperty("name").GetString()!.StartsWith("wateroverlast", StringComparison.Ordinal)
                )
        )
        {
            using var deleted = await client.DeleteAsync(
                new Uri($"/api/layers/{layer.GetProperty("id").GetInt64()}", UriKind.Relative)
            );
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var overview = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/overzicht", UriKind.Relative)));
        var lagen = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/lagen", UriKind.Relative)));

        Assert.Contains("data-testid=\"overzicht-onvolledig-klimaatadaptatie\"", overview, StringComparison.Ordinal);
        Assert.Contains(
            "Klimaatadaptatie heeft een score in 0 van de 47 gerangschikte buurten",
            overview,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("overzicht-onvolledig-energie", overview, StringComparison.Ordinal);
        Assert.Contains(
            "data-testid=\"status-indicator-gemiddelde_gevoelstemperatuur\"",
            lagen,
            StringComparison.Ordinal
        );
        Assert.Contains("Klimaateffectatlas", lagen, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"koppel-laag\"", lagen, StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Upload(string fileName, string content)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
