using System.Net;

namespace GeoOpgave.Web.Tests.Components.Pages;

public sealed class UploadPageTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Get_Lagen_PrerendersUploadFormAndLayerListInDutch()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/lagen", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lagen importeren en beheren", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"upload-start\"", html, StringComparison.Ordinal);
        Assert.Contains("Geladen lagen", html, StringComparison.Ordinal);
        Assert.Contains("href=\"lagen\"", html, StringComparison.Ordinal);
    }
}
