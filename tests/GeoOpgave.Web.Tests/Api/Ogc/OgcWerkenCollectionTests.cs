using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>The fixed collection <c>werken</c>: the demo's planned works of every works layer, as <c>/api/werken</c>
/// gives them.</summary>
public sealed class OgcWerkenCollectionTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    private static readonly string[] Properties = ["werk_id", "soort", "naam", "start", "eind", "eigenaar", "status"];

    [Fact]
    public async Task Collection_Werken_HasTheTemporalExtentOfThePlans()
    {
        using var client = factory.CreateClient();
        var works = await ApiWorksAsync(client, "/api/werken");

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/werken");

        var first = works.Min(w => w.GetProperty("properties").GetProperty("start").GetInt32());
        var last = works.Max(w => w.GetProperty("properties").GetProperty("eind").GetInt32());
        var interval = json.RootElement.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal($"{first}-01-01T00:00:00Z", interval[0].GetString());
        Assert.Equal($"{last}-12-31T23:59:59Z", interval[1].GetString());
        Assert.Equal("Geplande werken", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Items_Werken_AreTheWorksOfEveryWorksLayerWithTheApiProperties()
    {
        using var client = factory.CreateClient();
        var works = await ApiWorksAsync(client, "/api/werken");

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/werken/items?limit=10000");

        var features = OgcTestClient.Features(json).ToList();
        Assert.Equal(works.Select(Id), features.Select(Id));
        Assert.Contains(features, f => Id(f)!.StartsWith("grp_riolering_demodam:", StringComparison.Ordinal));
        Assert.Contains(features, f => Id(f)!.StartsWith("warmtenet_uitbreiding_demodam:", StringComparison.Ordinal));
        Assert.Contains(features, f => Id(f)!.StartsWith("renovatie_corporatie_demodam:", StringComparison.Ordinal));
        Assert.Contains(features, f => Id(f)!.StartsWith("herinrichting_demodam:", StringComparison.Ordinal));
        Assert.All(features, f =>
            Assert.Equal(Properties, f.GetProperty("properties").EnumerateObject().Select(p => p.Name))
        );
        Assert.Equal(
            works.Select(w => w.GetProperty("properties").GetProperty("eigenaar").GetString()),
            features.Select(f => f.GetProperty("properties").GetProperty("eigenaar").GetString()));
    }

    [Fact]
    public async Task Items_WerkenPaged_NumbersTheWorksAndLinksTheNextPage()
    {
        using var client = factory.CreateClient();
        var works = await ApiWorksAsync(client, "/api/werken");

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/werken/items?limit=2&offset=1");

        Assert.Equal(works.Count, json.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal(works.Skip(1).Take(2).Select(Id), OgcTestClient.Features(json).Select(Id));
        Assert.NotNull(OgcTestClient.Href(json.RootElement, "next"));
        Assert.NotNull(OgcTestClient.Href(json.RootElement, "prev"));
    }

    [Theory]
    [InlineData("2026/2027", 2026, 2027)]
    [InlineData("2030", 2030, 2030)]
    [InlineData("../2026-06-30", null, 2026)]
    [InlineData("2029-01-01T00:00:00Z/..", 2029, null)]
    public async Task Items_WerkenWithDatetime_AreTheWorksWhosePeriodTouchesTheInterval(
        string datetime,
        int? van,
        int? tot
    )
    {
        using var client = factory.CreateClient();
        var query = string.Join(
            '&',
            new[] { van is null ? null : $"van={van}", tot is null ? null : $"tot={tot}" }.OfType<string>()
        );
        var works = await ApiWorksAsync(client, "/api/werken?" + query);
        var all = await ApiWorksAsync(client, "/api/werken");

        using var json = await OgcTestClient.GetJsonAsync(
            client,
            $"/ogc/collections/werken/items?limit=10000&datetime={Uri.EscapeDataString(datetime)}"
        );

        var features = OgcTestClient.Features(json).ToList();
        Assert.NotEmpty(features);
        Assert.True(features.Count < all.Count, $"datetime={datetime} left every work in");
        Assert.Equal(works.Select(Id), features.Select(Id));
        Assert.All(features, f =>
        {
            var p = f.GetProperty("properties");
            Assert.True(tot is null || p.GetProperty("start").GetInt32() <= tot, $"{Id(f)} starts after {tot}");
            Assert.True(van is null || p.GetProperty("eind").GetInt32() >= van, $"{Id(f)} ends before {van}");
        });
    }

    [Fact]
    public async Task Items_WerkenInBboxAndBySoort_AreFilteredLikeOtherCollections()
    {
        using var client = factory.CreateClient();
        var riolering = (await ApiWorksAsync(client, "/api/werken"))
            .Where(w => w.GetProperty("properties").GetProperty("soort").GetString() == "riolering")
            .ToList();
        var first = OgcTestClient.Positions(riolering[0].GetProperty("geometry").GetProperty("coordinates")).First();
        var bbox = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{first.First - 0.0005},{first.Second - 0.0005},{first.First + 0.0005},{first.Second + 0.0005}"
        );

        using var bySoort = await OgcTestClient.GetJsonAsync(
            client,
            "/ogc/collections/werken/items?limit=10000&soort=riolering"
        );
        using var inBox = await OgcTestClient.GetJsonAsync(
            client,
            $"/ogc/collections/werken/items?limit=10000&bbox={bbox}"
        );

        Assert.Equal(riolering.Select(Id), OgcTestClient.Features(bySoort).Select(Id));
        var boxed = OgcTestClient.Features(inBox).Select(Id).ToList();
        Assert.Contains(Id(riolering[0]), boxed);
        Assert.Equal((await ApiWorksAsync(client, $"/api/werken?bbox={bbox}")).Select(Id), boxed);
    }

    private static string? Id(JsonElement feature) =>
        feature.GetProperty("properties").GetProperty("werk_id").GetString();

    private static async Task<List<JsonElement>> ApiWorksAsync(HttpClient client, string url)
    {
        using var json = await OgcTestClient.GetJsonAsync(client, url);
        return OgcTestClient.Features(json).Select(f => f.Clone()).ToList();
    }
}
