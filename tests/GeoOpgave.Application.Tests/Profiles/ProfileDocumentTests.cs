using System.Text.Json.Nodes;
using GeoOpgave.Application.Profiles;

namespace GeoOpgave.Application.Tests.Profiles;

public sealed class ProfileDocumentTests
{
    private const string Json = """
        {
          // comments are allowed in profile files
          "id": "p", "version": 1, "name": "P", "urgentThreshold": 65,
          "opgaven": [
            { "id": "a", "indicators": [ { "indicator": "x", "weight": 1 }, { "indicator": "y", "weight": 2 } ] },
            { "id": "b", "indicators": [ { "indicator": "z", "weight": 3, "normalisation": "minmax" } ] }
          ],
          "koppelkansen": []
        }
        """;

    [Fact]
    public void WithWeights_OnePerSlot_SetsWeightsThresholdAndNameKeepsTheRest()
    {
        var json = JsonNode.Parse(ProfileDocument.WithWeights(Json, [4, 5, 6], 50, " Nieuw ")!)!;

        Assert.Equal([4.0, 5.0, 6.0], new[] { W(json, 0, 0), W(json, 0, 1), W(json, 1, 0) });
        Assert.Equal(50, json["urgentThreshold"]!.GetValue<double>());
        Assert.Equal("Nieuw", json["name"]!.GetValue<string>());
        Assert.Equal("minmax", json["opgaven"]![1]!["indicators"]![0]!["normalisation"]!.GetValue<string>());
    }

    [Fact]
    public void WithWeights_CalibratedProfile_AMovedThresholdReplacesTheSharesAnUnmovedOneKeepsThem()
    {
        var calibrated = Json.Replace(
            "\"urgentThreshold\": 65,",
            "\"urgentThreshold\": 65, \"urgentShare\": 0.25, \"attentionShare\": 0.55,",
            StringComparison.Ordinal
        );

        var moved = JsonNode.Parse(ProfileDocument.WithWeights(calibrated, [1, 2, 3], 50)!)!.AsObject();
        var kept = JsonNode.Parse(ProfileDocument.WithWeights(calibrated, [4, 5, 6], 65)!)!.AsObject();

        Assert.False(moved.ContainsKey("urgentShare") || moved.ContainsKey("attentionShare"));
        Assert.Equal(0.25, kept["urgentShare"]!.GetValue<double>());
    }

    [Fact]
    public void WithWeights_TooFewWeights_IsNull()
    {
        Assert.Null(ProfileDocument.WithWeights(Json, [4, 5], 50));
    }

    [Fact]
    public void WithVersion_Number_ReplacesOnlyTheVersion()
    {
        var json = JsonNode.Parse(ProfileDocument.WithVersion(Json, 7))!;

        Assert.Equal(7, json["version"]!.GetValue<int>());
        Assert.Equal("P", json["name"]!.GetValue<string>());
    }

    private static double W(JsonNode json, int opgave, int indicator) =>
        json["opgaven"]![opgave]!["indicators"]![indicator]!["weight"]!.GetValue<double>();
}
