using System.Text;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Profiles;

public sealed class ProfileScoringRulesTests
{
    private const string Head = """
        { "id": "t", "version": 1, "name": "T", "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
          "opgaven": [ { "id": "energie", "name": "Energie", "colour": "#d95f02",
                         "indicators": [ { "indicator": "gas", "weight": 1, "direction": "higher" } ] } ]
        """;

    [Fact]
    public void Read_NoRankingBase_TakesTheDefault()
    {
        var result = Read(Head + "}");

        Assert.True(result.IsSuccess);
        Assert.Equal(RankingBase.Default, result.Value!.RankingBase);
    }

    [Fact]
    public void Read_RankingBase_TakesEveryField()
    {
        var result = Read(
            Head
                + """, "rankingBase": { "minimumResidents": 100, "minimumDwellings": 40, "maximumWaterShare": 0.8, "reference": "stedelijkheid" } }"""
        );

        Assert.True(result.IsSuccess);
        Assert.Equal(new RankingBase(100, 40, 0.8, RankingReference.Stedelijkheid), result.Value!.RankingBase);
    }

    [Theory]
    [InlineData("""{ "reference": "provincie" }""", "$.rankingBase.reference")]
    [InlineData("""{ "maximumWaterShare": 1.5 }""", "$.rankingBase.maximumWaterShare")]
    [InlineData("""{ "minimumResidents": -1 }""", "$.rankingBase.minimumResidents")]
    public void Read_BadRankingBase_NamesTheJsonPath(string rankingBase, string path)
    {
        var result = Read(Head + ", \"rankingBase\": " + rankingBase + " }");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == path);
    }

    [Theory]
    [InlineData("standaard")]
    [InlineData("vaste-drempels")]
    public void ReadFile_ShippedProfile_RanksFromFiftyResidentsOrDwellingsPerGemeente(string profielId)
    {
        var result = ProfileReader.ReadFile(
            Path.Combine(AppContext.BaseDirectory, "data", "profiles", profielId + ".json")
        );

        Assert.Equal(RankingBase.Default, result.Value!.RankingBase);
    }

    [Fact]
    public void Read_KeyIndicatorThatIsNotTheOpgaves_NamesTheJsonPath()
    {
        var result = Read(
            Head.Replace(
                "\"indicators\"",
                "\"keyIndicators\": [\"gas\", \"woz\"], \"indicators\"",
                StringComparison.Ordinal
            ) + "}"
        );

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "$.opgaven[0].keyIndicators[1]");
    }

    [Fact]
    public void ReadFile_Standaard_WonenIsKnownOnCorporatiebezitOrWoz()
    {
        var result = ProfileReader.ReadFile(
            Path.Combine(AppContext.BaseDirectory, "data", "profiles", "standaard.json")
        );

        var wonen = result.Value!.Opgaven.Single(o => o.Id == "wonen");
        Assert.Equal(
            ["perc_huurwoningen_in_bezit_woningcorporaties", "gemiddelde_woningwaarde"],
            wonen.KeyIndicatorIds()
        );
        Assert.Null(result.Value.Opgaven.Single(o => o.Id == "sociaal").KeyIndicators);
    }

    private static ReadResult<Profile> Read(string json) =>
        ProfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json");
}
