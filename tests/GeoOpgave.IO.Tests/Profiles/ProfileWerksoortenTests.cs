using System.Text;
using GeoOpgave.Core.Werken;
using GeoOpgave.IO.Profiles;

namespace GeoOpgave.IO.Tests.Profiles;

public sealed class ProfileWerksoortenTests
{
    private static readonly string[] Catalogue =
    [
        "riolering",
        "warmtenet",
        "gasnet-vervangen",
        "gasnet-verwijderen",
        "elektriciteitsnet-verzwaren",
        "herinrichting-openbare-ruimte",
        "groot-onderhoud-weg",
        "renovatie-corporatie",
        "woningbouw-sloop",
        "klimaatadaptieve-maatregel",
    ];

    [Theory]
    [InlineData("standaard")]
    [InlineData("vaste-drempels")]
    public void ReadFile_ShippedProfile_HasTheWerksoortenCatalogue(string profielId)
    {
        var result = ProfileReader.ReadFile(
            Path.Combine(AppContext.BaseDirectory, "data", "profiles", profielId + ".json")
        );

        Assert.True(result.IsSuccess);
        Assert.Equal(Catalogue, result.Value!.Werksoorten.Select(w => w.Id));
        var catalogue = new WerksoortCatalogue(result.Value.Werksoorten);
        Assert.Equal("riolering", catalogue.Match("GRP vervanging")?.Id);
        Assert.Equal("klimaatadaptieve-maatregel", catalogue.Match("Wadi")?.Id);
        Assert.Equal("renovatie-corporatie", catalogue.Match("Renovatie en isolatie")?.Id);
    }

    [Fact]
    public void Read_WerksoortWithoutName_NamesTheJsonPath()
    {
        const string json = """
            { "id": "t", "version": 1, "name": "T", "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
              "opgaven": [ { "id": "energie", "name": "Energie", "colour": "#d95f02",
                             "indicators": [ { "indicator": "gas", "weight": 1, "direction": "higher" } ] } ],
              "werksoorten": [ { "id": "riolering", "name": "Riolering", "synonyms": ["riool"] }, { "id": "warmtenet" } ] }
            """;

        var result = ProfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "$.werksoorten[1].name");
    }
}
