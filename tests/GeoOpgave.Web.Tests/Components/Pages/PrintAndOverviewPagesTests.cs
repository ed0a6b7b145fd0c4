using System.Net;

namespace GeoOpgave.Web.Tests.Components.Pages;

public sealed class PrintAndOverviewPagesTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Get_WijkAgenda_PrerendersTitleProfileVersionAndStaticMap()
    {
        using var client = factory.CreateClient();

        var html = await GetAsync(client, "/agenda/wijk/WK999900");

        Assert.Contains("Gebiedsagenda Oude Kern", html, StringComparison.Ordinal);
        Assert.Contains("Profiel Standaard (versie 1)", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"static-map\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"static-map__gebied\"", html, StringComparison.Ordinal);
        Assert.Contains("Afdrukken of opslaan als PDF", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AgendaWithoutCodes_ShowsDutchMessageNoStackTrace()
    {
        using var client = factory.CreateClient();

        var html = await GetAsync(client, "/agenda");

        Assert.Contains("Kies minstens één buurt of wijk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overzicht_PrerendersKeyFiguresMatrixAndTopLists()
    {
        using var client = factory.CreateClient();

        var html = await GetAsync(client, "/overzicht");

        Assert.Contains("Kerncijfers", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overlap-matrix\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"top-wijken\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"top-buurt-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Overzicht_ShowsOverlapAgainstChanceWarningsHotSpotSentenceAndGlossary()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await GetAsync(client, "/overzicht"));

        Assert.Contains("data-testid=\"diagnose-paar-wonen-sociaal\"", html, StringComparison.Ordinal);
        Assert.Contains("Verwacht bij toeval", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"indicatoren-hangen-samen\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "‘gemiddeld gasverbruik’ (de energieopgave) en ‘inwoners van 65 jaar en ouder’ (de klimaatopgave) hangen sterk samen",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("Een hotspot is een buurt die samen met de buurten eromheen", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"begrippenlijst\"", html, StringComparison.Ordinal);
        Assert.Contains("urgent zijn per opgave de 25 % buurten met de hoogste score", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gecombineerde score", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Vergelijk_PrerendersTheTopKTables()
    {
        using var client = factory.CreateClient();

        var html = await GetAsync(client, "/vergelijk");

        Assert.Contains("Profielen vergelijken", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"topk-erin\"", html, StringComparison.Ordinal);
        Assert.Contains("Verschil urgente opgaven (B − A)", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"vergelijk-diagnose\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Stabiliteit", html, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
