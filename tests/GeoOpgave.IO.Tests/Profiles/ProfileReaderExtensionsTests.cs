using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Profiles;

/// <summary>Normalisation, per-opgave thresholds and the indicator catalogue in a profile.</summary>
public class ProfileReaderExtensionsTests
{
    private const string Template = """
        {
          "id": "test", "version": 1, "name": "Test",
          "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
          "opgaven": [
            { "id": "energie", "name": "Energie", "colour": "#d95f02", OPGAVE_EXTRA
              "indicators": [ { "indicator": "gas", "weight": 2, "direction": "DIRECTION", "normalisation": NORMALISATION } ] }
          ]CATALOGUE
        }
        """;

    [Theory]
    [InlineData("\"percentile-gemeente\"", NormalisationKind.PercentileGemeente)]
    [InlineData("\"percentile-all\"", NormalisationKind.PercentileAll)]
    [InlineData("\"minmax\"", NormalisationKind.MinMax)]
    [InlineData("\"zscore\"", NormalisationKind.ZScore)]
    public void Read_NamedNormalisation_Mapped(string json, NormalisationKind expected)
    {
        var result = Read(Profile(json));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(expected, result.Value.Opgaven[0].Indicators[0].Normalisation.Kind);
    }

    [Fact]
    public void Read_AbsoluteBreakpoints_SortedAndScored()
    {
        var result = Read(Profile("{ \"absolute\": [[2000, 100], [1200, 0]] }"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var normalisation = result.Value.Opgaven[0].Indicators[0].Normalisation;
        Assert.Equal([new AbsoluteBreakpoint(1200, 0), new AbsoluteBreakpoint(2000, 100)], normalisation.Breakpoints);
        Assert.Equal(81.25, normalisation.ScoreOf(1850));
    }

    [Fact]
    public void Read_NoNormalisation_DefaultsToPercentileWithinGemeente()
    {
        var result = Read(
            Profile("\"x\"").Replace(", \"normalisation\": \"x\"", string.Empty, StringComparison.Ordinal)
        );

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(Normalisation.PercentileGemeente, result.Value.Opgaven[0].Indicators[0].Normalisation);
    }

    [Theory]
    [InlineData("\"rang\"", "$.opgaven[0].indicators[0].normalisation")]
    [InlineData("{ \"absolute\": [[1200, 0]] }", "$.opgaven[0].indicators[0].normalisation.absolute")]
    [InlineData(
        "{ \"absolute\": [[1200, 0], [2000, 120]] }",
        "$.opgaven[0].indicators[0].normalisation.absolute[1][1]"
    )]
    [InlineData("{ \"absolute\": [[1200, 0], [1200, 100]] }", "$.opgaven[0].indicators[0].normalisation.absolute")]
    [InlineData("{ \"absolute\": [[1200, 0], \"veel\"] }", "$.opgaven[0].indicators[0].normalisation.absolute[1]")]
    [InlineData("{ \"absolute\": [[1200, 100], [2000, 0]] }", "$.opgaven[0].indicators[0].normalisation.absolute")]
    public void Read_BadNormalisation_NamesTheJsonPath(string json, string path)
    {
        var result = Read(Profile(json));

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == path);
    }

    [Fact]
    public void Read_FallingBreakpointsForLowerDirection_Accepted()
    {
        var result = Read(Profile("{ \"absolute\": [[0, 100], [50, 0]] }", direction: "lower"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(100, result.Value.Opgaven[0].Indicators[0].Normalisation.ScoreOf(-5));
    }

    [Fact]
    public void Read_OpgaveThresholds_OverrideTheProfiles()
    {
        var result = Read(Profile("\"minmax\"", opgaveExtra: "\"urgentThreshold\": 80, \"attentionThreshold\": 60,"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var opgave = result.Value.Opgaven[0];
        Assert.Equal((80d, 60d), (result.Value.UrgentThresholdOf(opgave), result.Value.AttentionThresholdOf(opgave)));
    }

    [Fact]
    public void Read_OpgaveAttentionAboveUrgent_Rejected()
    {
        var result = Read(Profile("\"minmax\"", opgaveExtra: "\"attentionThreshold\": 75,"));

        Assert.Contains(result.Errors, e => e.Field == "$.opgaven[0].attentionThreshold");
    }

    [Fact]
    public void Read_Catalogue_MapsNameUnitSourceAndDecimals()
    {
        var result = Read(
            Profile(
                "\"minmax\"",
                catalogue: """{ "gas": { "name": "gemiddeld gasverbruik", "unit": "m³", "source": "CBS", "decimals": 1 } }"""
            )
        );

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Empty(result.Issues);
        Assert.Equal(
            new IndicatorInfo("gas", "gemiddeld gasverbruik", "m³", "CBS") { Decimals = 1 },
            result.Value.InfoOf("gas")
        );
    }

    [Fact]
    public void Read_CatalogueWithoutAnUsedIndicator_Warns()
    {
        var result = Read(
            Profile("\"minmax\"", catalogue: """{ "inkomen": { "name": "inkomen", "source": "CBS" } }""")
        );

        Assert.True(result.IsSuccess);
        var warning = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("'gas'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CatalogueEntryWithoutName_NamesTheJsonPath()
    {
        var result = Read(Profile("\"minmax\"", catalogue: """{ "gas": { "unit": "m³", "source": "CBS" } }"""));

        Assert.Contains(result.Errors, e => e.Field == "$.indicatorCatalogue.gas.name");
    }

    [Theory]
    [InlineData("standaard")]
    [InlineData("vaste-drempels")]
    public void Read_ShippedProfile_CataloguesEveryIndicatorWithoutWarnings(string profielId)
    {
        var result = ProfileReader.ReadFile(
            Path.Combine(AppContext.BaseDirectory, "data", "profiles", profielId + ".json")
        );

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Empty(result.Issues);
        Assert.All(result.Value.Opgaven.SelectMany(o => o.Indicators), i =>
            Assert.True(result.Value.IndicatorCatalogue.ContainsKey(i.IndicatorId), i.IndicatorId)
        );
    }

    private static string Profile(
        string normalisation,
        string direction = "higher",
        string opgaveExtra = "",
        string? catalogue = null
    ) =>
        Template
            .Replace("NORMALISATION", normalisation, StringComparison.Ordinal)
            .Replace("DIRECTION", direction, StringComparison.Ordinal)
            .Replace("OPGAVE_EXTRA", opgaveExtra, StringComparison.Ordinal)
            .Replace(
                "CATALOGUE",
                catalogue is null ? string.Empty : $",\n  \"indicatorCatalogue\": {catalogue}",
                StringComparison.Ordinal
            );

    private static ReadResult<Profile> Read(string json) =>
        ProfileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");
}
