using System.Text;
using GeoOpgave.IO.Profiles;

namespace GeoOpgave.IO.Tests.Profiles;

/// <summary>Thresholds calibrated as a share of the buurten ("the top quarter") instead of a score.</summary>
public sealed class CalibratedThresholdParserTests
{
    private const string Template = """
        { "id": "t", "version": 1, "name": "T", "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5 PROFIEL,
          "opgaven": [ { "id": "energie", "name": "Energie", "colour": "#d95f02" OPGAVE,
                         "indicators": [ { "indicator": "gas", "weight": 1, "direction": "higher" } ] } ] }
        """;

    [Fact]
    public void Read_SharesOnProfileAndOpgave_AreRead()
    {
        var result = Read(", \"urgentShare\": 0.2, \"attentionShare\": 0.5", ", \"urgentShare\": 0.25");

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal((0.2, 0.5), (result.Value!.UrgentShare, result.Value.AttentionShare));
        Assert.Equal(0.25, result.Value.Opgaven[0].UrgentShare);
        Assert.Null(result.Value.Opgaven[0].AttentionShare);
    }

    [Theory]
    [InlineData(", \"urgentShare\": 1.5", "", "$.urgentShare")]
    [InlineData("", ", \"urgentShare\": 0.5, \"attentionShare\": 0.3", "$.opgaven[0].attentionShare")]
    public void Read_ImpossibleShare_IsAnErrorAtItsPath(string profile, string opgave, string field)
    {
        var result = Read(profile, opgave);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    private static GeoOpgave.IO.Validation.ReadResult<GeoOpgave.Core.Profiles.Profile> Read(
        string profile,
        string opgave
    ) =>
        ProfileReader.Read(
            new MemoryStream(
                Encoding.UTF8.GetBytes(
                    Template
                        .Replace("PROFIEL", profile, StringComparison.Ordinal)
                        .Replace("OPGAVE", opgave, StringComparison.Ordinal)
                )
            ),
            "t.json"
        );
}
