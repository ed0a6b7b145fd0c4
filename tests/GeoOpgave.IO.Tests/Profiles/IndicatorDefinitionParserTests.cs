using System.Text;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Profiles;

public class IndicatorDefinitionParserTests
{
    private const string Profile = """
        {
          "id": "test", "version": 1, "name": "Test",
          "urgentThreshold": 70, "attentionThreshold": 40, "minimumCoverage": 0.5,
          "opgaven": [ { "id": "energie", "name": "Energie", "colour": "#d95f02",
              "indicators": [ { "indicator": "labels", "weight": 1, "direction": "higher" } ] } ],
          "indicatorCatalogue": { "labels": { "name": "labels", "unit": "%", "source": "EP-online", DEFINITION } },
          "koppelkansen": []
        }
        """;

    [Fact]
    public void Read_ZoneShareWithNumericValues_MapsTheDefinition()
    {
        var result = Read("""
            "definition": { "layer": "zones", "aggregator": "zones.share", "classField": "klasse", "values": [3, "4", 5], "parameters": { "perHectare": true } }
            """);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var definition = result.Value!.IndicatorCatalogue["labels"].Definition!;
        Assert.Equal(
            ("zones", IndicatorAggregator.ZoneShare, "klasse", true),
            (definition.Layer, definition.Aggregator, definition.ClassField, definition.PerHectare)
        );
        Assert.Equal(["3", "4", "5"], definition.Values);
        Assert.Equal(
            "percentage van het oppervlak in de zones met klasse 3, 4 of 5 (overlap één keer) per hectare buurt (zones.share, laag zones)",
            definition.Describe()
        );
    }

    [Fact]
    public void Read_RasterShareWithMask_DescribesTheMaskedPart()
    {
        var result = Read("""
            "definition": { "layer": "hitte", "aggregator": "raster.share", "mask": "bebouwd_gebied", "parameters": { "threshold": 35 } }
            """);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var definition = result.Value!.IndicatorCatalogue["labels"].Definition!;
        Assert.Equal("bebouwd_gebied", definition.Mask);
        Assert.EndsWith(
            "per buurt (raster.share, laag hitte, binnen de vlakken van laag bebouwd_gebied)",
            definition.Describe(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Read_NoDefinition_LeavesItNull()
    {
        var result = Read("\"decimals\": 0");

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value!.IndicatorCatalogue["labels"].Definition);
    }

    [Theory]
    [InlineData(
        """{ "layer": "punten", "aggregator": "points.median", "field": "x" }""",
        "$.indicatorCatalogue.labels.definition.aggregator"
    )]
    [InlineData(
        """{ "layer": "punten", "aggregator": "points.mean" }""",
        "$.indicatorCatalogue.labels.definition.field"
    )]
    [InlineData("""{ "aggregator": "points.count" }""", "$.indicatorCatalogue.labels.definition.layer")]
    [InlineData(
        """{ "layer": "punten", "aggregator": "points.share", "values": ["E"] }""",
        "$.indicatorCatalogue.labels.definition.classField"
    )]
    [InlineData(
        """{ "layer": "punten", "aggregator": "points.count", "classField": "l", "values": [true] }""",
        "$.indicatorCatalogue.labels.definition.values[0]"
    )]
    [InlineData(
        """{ "layer": "lijnen", "aggregator": "lines.length", "parameters": { "perHectare": "ja" } }""",
        "$.indicatorCatalogue.labels.definition.parameters.perHectare"
    )]
    [InlineData(
        """{ "layer": "punten", "aggregator": "points.count", "mask": "bebouwd" }""",
        "$.indicatorCatalogue.labels.definition.mask"
    )]
    public void Read_BadDefinition_ErrorNamesTheJsonPath(string definition, string path)
    {
        var result = Read($"\"definition\": {definition}");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == path);
    }

    private static ReadResult<Profile> Read(string definition)
    {
        using var stream = new MemoryStream(
            Encoding.UTF8.GetBytes(Profile.Replace("DEFINITION", definition, StringComparison.Ordinal))
        );
        return ProfileReader.Read(stream, "test.json");
    }
}
