using System.Net;
using System.Text.RegularExpressions;

namespace GeoOpgave.Web.Tests.Security;

public sealed partial class ContentSecurityPolicyTests
{
    [Fact]
    public async Task MapPage_ImportMapScript_CarriesTheNonceTheHeaderAllows()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Blazor adds a second policy of its own (frame-ancestors only); the browser enforces both.
        var csp = Ours(response);
        var scriptSrc = csp.Split(';')
            .Select(d => d.Trim())
            .Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        var nonce = HeaderNonce().Match(scriptSrc).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        var importMap = ImportMapTag().Match(html);
        Assert.True(importMap.Success, "the page has no import map");
        Assert.Contains($"nonce=\"{nonce}\"", importMap.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_ImportMap_ResolvesThePackageTheTileDecoderImports()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var map = ImportMapContent().Match(html);
        Assert.True(map.Success, "the page has no import map");
        using var json = System.Text.Json.JsonDocument.Parse(map.Groups["json"].Value);
        // The fingerprinted file, the very one the map page preloads: no extra request before the decoder can run.
        var target = json.RootElement.GetProperty("imports").GetProperty("@mapbox/point-geometry").GetString()!;
        Assert.Matches(@"^\./lib/vector-tile/point-geometry\.[a-z0-9]+\.js$", target);
        Assert.Contains($"<link rel=\"modulepreload\" href=\"{target[2..]}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_TwoInARow_GetDifferentNonces()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));

        var nonces = new[] { first, second }
            .Select(r => HeaderNonce().Match(Ours(r)).Groups["nonce"].Value)
            .ToArray();
        Assert.All(nonces, n => Assert.True(n.Length >= 22, $"nonce '{n}' is too short"));
        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [Fact]
    public async Task LoginPage_Style_CarriesTheNonceTheHeaderAllows()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var nonce = HeaderNonce().Match(Ours(response)).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<style nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    private static string Ours(HttpResponseMessage response) =>
        response
            .Headers.GetValues("Content-Security-Policy")
            .Single(p => p.Contains("script-src", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-(?<nonce>[A-Za-z0-9+/=]+)'")]
    private static partial Regex HeaderNonce();

    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*>")]
    private static partial Regex ImportMapTag();

    [GeneratedRegex("<script[^>]*type=\"importmap\"[^>]*>(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMapContent();
}
