using System.Text.Json;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Tests.Profiles;

// The fixture's workspace is shared by the tests of this class, so every test saves into a family of its own.
public class ProfileVersionServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task SaveAsync_NewWeights_CatalogueServesTheVersionWithThoseWeights()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var json = Document("proef-gewichten", weight: 5.5);

        var result = await Service(scope).SaveAsync(json, "meer energie", default);

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        Assert.Equal("proef-gewichten-v1", result.Saved.Id);
        Assert.Equal(ProfileListing.StoredSource, result.Saved.Source);
        var profile = Catalog(scope).Get("proef-gewichten-v1");
        Assert.Equal(5.5, profile.Opgaven[0].Indicators[0].Weight);
        Assert.Equal(1, profile.Version);
        Assert.Contains(Catalog(scope).All, p => p.Id == "proef-gewichten-v1");
    }

    [Fact]
    public async Task SaveAsync_FileFamilyTwice_NumbersContinueAboveTheFile()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var fileVersion = Catalog(scope).Get("vaste-drempels").Version;
        var json = Catalog(scope).DocumentOf("vaste-drempels");

        var first = await Service(scope).SaveAsync(json, null, default);
        var second = await Service(scope).SaveAsync(Catalog(scope).DocumentOf(first.Saved!.Id), null, default);

        Assert.Equal([fileVersion + 1, fileVersion + 2], new[] { first.Saved.Version, second.Saved!.Version });
        Assert.Equal($"vaste-drempels-v{fileVersion + 2}", second.Saved.Id);
        Assert.Equal("vaste-drempels", Catalog(scope).FamilyOf(second.Saved.Id));
        Assert.Equal(fileVersion, Catalog(scope).Get("vaste-drempels").Version);
    }

    [Fact]
    public async Task SaveAsync_NegativeWeight_RefusedWithTheJsonPathAndNothingStored()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var before = (await Service(scope).ListAsync(default)).Count;

        var result = await Service(scope).SaveAsync(Document("proef-fout", weight: -1), null, default);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Issues, i => i.Field == "$.opgaven[0].indicators[0].weight");
        Assert.Equal(before, (await Service(scope).ListAsync(default)).Count);
    }

    [Theory]
    [InlineData("standaard-v3")]
    [InlineData("Met Spaties")]
    public async Task SaveAsync_IdNotAFamilyName_RefusedOnTheIdPath(string id)
    {
        await using var scope = demo.Services.CreateAsyncScope();

        var result = await Service(scope).SaveAsync(Document(id, weight: 1), null, default);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("$.id", issue.Field);
        Assert.DoesNotContain(Catalog(scope).List(), p => p.ProfielId == id);
    }

    [Fact]
    public async Task SaveAsync_Saved_IsAuditedWithTheVersionId()
    {
        await using var scope = demo.Services.CreateAsyncScope();

        var result = await Service(scope).SaveAsync(Document("proef-audit", weight: 2), "notitie", default);

        var entry = (await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(50, default))
            .Single(e => e.Action == AuditActions.ProfileSaved && e.Target == "proef-audit-v1");
        Assert.Equal(result.Saved!.Id, entry.Target);
        Assert.StartsWith("cli:", entry.User, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(entry.DetailsJson).RootElement.GetProperty("versie").GetInt32());
    }

    [Fact]
    public async Task Catalogue_NewInstance_ReadsSavedVersionsFromTheStore()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        await Service(scope).SaveAsync(Document("proef-herstart", weight: 4), "na herstart", default);

        var restarted = new ProfileCatalog(
            scope.ServiceProvider.GetRequiredService<IOptions<GeoOpgaveOptions>>(),
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<GeoOpgaveDbContext>>());

        var listing = Assert.Single(restarted.List(), p => p.Id == "proef-herstart-v1");
        Assert.Equal("na herstart", listing.Notes);
        Assert.Equal(4, restarted.Get("proef-herstart-v1").Opgaven[0].Indicators[0].Weight);
    }

    private static ProfileVersionService Service(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ProfileVersionService>();

    private static ProfileCatalog Catalog(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ProfileCatalog>();

    // The standaard document under another id, with the first indicator's weight changed.
    private string Document(string id, double weight)
    {
        var root = JsonNode.Parse(demo.Services.GetRequiredService<ProfileCatalog>().DocumentOf("standaard"))!;
        root["id"] = id;
        root["opgaven"]![0]!["indicators"]![0]!["weight"] = weight;
        return root.ToJsonString();
    }
}
