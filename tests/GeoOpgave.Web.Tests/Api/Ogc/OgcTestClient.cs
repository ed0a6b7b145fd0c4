using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>GET helpers for the OGC API tests.</summary>
internal static class OgcTestClient
{
    public static async Task<JsonDocument> GetJsonAsync(
        HttpClient client,
        string url,
        HttpStatusCode expected = HttpStatusCode.OK
    )
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(
            expected == response.StatusCode,
            $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return await ReadAsync(response);
    }

    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonDocument.ParseAsync(stream);
    }

    public static IEnumerable<JsonElement> Features(JsonDocument json) =>
        json.RootElement.GetProperty("features").EnumerateArray();

    public static string? Href(JsonElement document, string rel) => document.GetProperty("links").EnumerateArray()
        .Where(l => l.GetProperty("rel").GetString() == rel)
        .Select(l => l.GetProperty("href").GetString())
        .FirstOrDefault();

    /// <summary>Every position (first, second number) of a geometry's nested coordinate arrays.</summary>
    public static IEnumerable<(double First, double Second)> Positions(JsonElement coordinates)
    {
        if (coordinates[0].ValueKind == JsonValueKind.Number)
        {
            yield return (coordinates[0].GetDouble(), coordinates[1].GetDouble());
            yield break;
        }

        foreach (var position in coordinates.EnumerateArray().SelectMany(Positions))
        {
            yield return position;
        }
    }
}
