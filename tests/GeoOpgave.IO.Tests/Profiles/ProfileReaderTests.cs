using System.Text;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;

namespace GeoOpgave.IO.Tests.Profiles;

public class ProfileReaderTests
{
    private const string Valid = """
        {
          "id": "test", "version": 2, "name": "Test",
          "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
          "opgaven": [
            { "id": "energie", "name": "Energie", "colour": "#d95f02",
              "indicators": [ { "indicator": "gas", "weight": 2, "direction": "higher" },
                              { "indicator": "warmtenet", "weight": 1, "direction": "lower" } ] },
            { "id": "sociaal", "name": "Sociaal", "colour": "#e7298a",
              "indicators": [ { "indicator": "inkomen", "weight": 1, "direction": "higher" } ] }
          ],
          "koppelkansen": [ { "id": "armoede", "name": "Energiearmoede", "opgaven": ["energie", "sociaal"], "rationale": "Samen." } ]
        }
        """;

    [Fact]
    public void Read_ValidProfile_MapsEverything()
    {
        var result = Read(Valid);

        Assert.True(result.IsSuccess);
        var profile = result.Value!;
        Assert.Equal(
            ("test", 2, 70d, 40d, 0.5),
            (profile.Id, profile.Version, profile.UrgentThreshold, profile.AttentionThreshold, profile.MinimumCoverage)
        );
        Assert.Equal(IndicatorDirection.LowerIsMoreUrgent, profile.Opgaven[0].Indicators[1].Direction);
        Assert.Equal(["energie", "sociaal"], Assert.Single(profile.Koppelkansen).Opgaven);
    }

    [Fact]
    public void Read_BadWeight_NamesTheJsonPath()
    {
        var result = Read(
            Valid.Replace(
                "\"weight\": 1, \"direction\": \"lower\"",
                "\"weight\": \"veel\", \"direction\": \"lower\"",
                StringComparison.Ordinal
            )
        );

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "$.opgaven[0].indicators[1].weight");
    }

    [Fact]
    public void Read_KoppelkansWithUnknownOpgave_Rejected()
    {
        var result = Read(
            Valid.Replace("[\"energie\", \"sociaal\"]", "[\"energie\", \"wonen\"]", StringComparison.Ordinal)
        );

        Assert.Contains(result.Errors, e =>
            e.Field == "$.koppelkansen[0].opgaven[1]" && e.Message.Contains("wonen", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Read_BadDirection_Rejected()
    {
        var result = Read(Valid.Replace("\"lower\"", "\"omlaag\"", StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Field == "$.opgaven[0].indicators[1].direction");
    }

    [Fact]
    public void Read_NotJson_RejectedWithoutThrowing()
    {
        var result = Read("{ \"id\": ");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Read_ShippedStandaardProfile_IsValid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "profiles", "standaard.json");

        var result = ProfileReader.ReadFile(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(["energie", "klimaatadaptatie", "wonen", "sociaal"], result.Value!.Opgaven.Select(o => o.Id));
    }

    private static Validation.ReadResult<Profile> Read(string json) =>
        ProfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");
}
