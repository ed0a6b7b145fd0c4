using System.Text;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;

namespace GeoOpgave.IO.Tests.Profiles;

public sealed class KoppelkansParserTests
{
    private const string Template = """
        { "id": "t", "version": 1, "name": "T", "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
          "opgaven": [ { "id": "energie", "name": "Energie", "colour": "#d95f02",
                         "indicators": [ { "indicator": "gas", "weight": 1, "direction": "higher" } ] } ],
          "werksoorten": [ { "id": "riolering", "name": "Riolering", "opensStreet": true }, { "id": "warmtenet", "name": "Warmtenet" },
                           { "id": "herinrichting", "name": "Herinrichting", "opensStreet": true } ],
          "koppelkansen": [ KANS ] }
        """;

    [Fact]
    public void Read_KoppelkansOfTwoGroupsOfWorks_MapsGroupsAndWindow()
    {
        var result = Read(
            """{ "id": "straat", "name": "Straat", "rationale": "R", "werken": { "soorten": ["riolering", ["warmtenet", "herinrichting"]], "withinYears": 3 } }"""
        );

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        var kans = Assert.Single(result.Value!.Koppelkansen);
        Assert.Empty(kans.Opgaven);
        Assert.Equal(3, kans.Werken!.WithinYears);
        Assert.Equal([["riolering"], ["warmtenet", "herinrichting"]], kans.Werken.Groups);
        Assert.Equal([true, false, true], result.Value.Werksoorten.Select(s => s.OpensStreet));
        Assert.Equal(PlanningRules.Default, result.Value.Planning);
    }

    [Fact]
    public void Read_KoppelkansOfOpgavenAlone_HasNoWorks()
    {
        var result = Read("""{ "id": "e", "name": "E", "rationale": "R", "opgaven": ["energie"] }""");

        Assert.True(result.IsSuccess);
        Assert.Null(Assert.Single(result.Value!.Koppelkansen).Werken);
    }

    [Theory]
    [InlineData(
        """{ "id": "s", "name": "S", "rationale": "R", "werken": { "soorten": ["riolering", "gasnet"], "withinYears": 3 } }""",
        "$.koppelkansen[0].werken.soorten[1]"
    )]
    [InlineData(
        """{ "id": "s", "name": "S", "rationale": "R", "werken": { "soorten": ["riolering", "warmtenet"] } }""",
        "$.koppelkansen[0].werken.withinYears"
    )]
    [InlineData(
        """{ "id": "s", "name": "S", "rationale": "R", "werken": { "soorten": ["riolering", "warmtenet", "herinrichting"], "withinYears": 3 } }""",
        "$.koppelkansen[0].werken.soorten"
    )]
    [InlineData("""{ "id": "s", "name": "S", "rationale": "R" }""", "$.koppelkansen[0].opgaven")]
    public void Read_BadKoppelkans_NamesTheJsonPath(string kans, string field)
    {
        var result = Read(kans);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void Read_PlanningRules_AreRead()
    {
        var json = Template
            .Replace("KANS", string.Empty, StringComparison.Ordinal)
            .Replace(
                "\"werksoorten\"",
                "\"planning\": { \"bufferMeters\": 15, \"conflictYears\": 4 }, \"werksoorten\"",
                StringComparison.Ordinal
            );

        var result = ProfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json");

        Assert.True(result.IsSuccess);
        Assert.Equal(new PlanningRules(15, PlanningRules.Default.MinimumOverlapMeters, 4), result.Value!.Planning);
    }

    [Theory]
    [InlineData("standaard")]
    [InlineData("vaste-drempels")]
    public void ReadFile_ShippedProfile_HasTheKoppelkansenOfWorks(string profielId)
    {
        var result = ProfileReader.ReadFile(
            Path.Combine(AppContext.BaseDirectory, "data", "profiles", profielId + ".json")
        );

        Assert.True(result.IsSuccess);
        var kansen = result
            .Value!.Koppelkansen.Where(k => k.Werken is not null)
            .ToDictionary(k => k.Id, StringComparer.Ordinal);
        Assert.Equal(
            ["straat-een-keer-open", "gasnet-niet-vervangen", "renovatie-plus-isolatie", "klimaat-bij-herinrichting"],
            kansen.Keys
        );
        Assert.Equal(
            (3, 2),
            (kansen["straat-een-keer-open"].Werken!.WithinYears, kansen["straat-een-keer-open"].Werken!.Groups[1].Count)
        );
        Assert.Equal(10, kansen["gasnet-niet-vervangen"].Werken!.WithinYears);
        Assert.Equal(["energie"], kansen["renovatie-plus-isolatie"].Opgaven);
        Assert.Equal(["klimaatadaptatie"], kansen["klimaat-bij-herinrichting"].Opgaven);
        Assert.Equal(5, result.Value.Planning.ConflictYears);
    }

    private static Validation.ReadResult<Profile> Read(string kans) =>
        ProfileReader.Read(
            new MemoryStream(Encoding.UTF8.GetBytes(Template.Replace("KANS", kans, StringComparison.Ordinal))),
            "t.json"
        );
}
