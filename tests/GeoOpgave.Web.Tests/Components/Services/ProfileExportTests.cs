using System.Text.Json.Nodes;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Web.Components.Services;

namespace GeoOpgave.Web.Tests.Components.Services;

public sealed class ProfileExportTests
{
    private static readonly ProfileCatalog Catalog = new(TestData.AsOptions());

    [Fact]
    public void ToJson_NewWeights_WritesTheNextVersionAndKeepsEverythingElse()
    {
        var profile = TestData.Standaard;
        var weights = profile.Opgaven.SelectMany(o => o.Indicators).Select((_, i) => (double)i).ToArray();

        var json = JsonNode.Parse(ProfileExport.ToJson(Catalog, profile, weights, 60)!)!;

        Assert.Equal(profile.Version + 1, json["version"]!.GetValue<int>());
        Assert.Equal(60, json["urgentThreshold"]!.GetValue<double>());
        Assert.Equal(5, json["opgaven"]![1]!["indicators"]![1]!["weight"]!.GetValue<double>());
        Assert.Equal(
            profile.Opgaven[1].Indicators[1].IndicatorId,
            json["opgaven"]![1]!["indicators"]![1]!["indicator"]!.GetValue<string>()
        );
        Assert.NotNull(json["koppelkansen"]);
    }

    [Fact]
    public void ToJson_WrongNumberOfWeights_IsNull()
    {
        Assert.Null(ProfileExport.ToJson(Catalog, TestData.Standaard, [1, 2], 60));
    }
}
