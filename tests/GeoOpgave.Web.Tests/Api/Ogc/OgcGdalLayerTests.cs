namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>GDAL's OAPIF driver lists and reads the collections of imported layers and selecties.</summary>
public sealed class OgcGdalLayerTests(OgcLayerServerFixture fixture) : IClassFixture<OgcLayerServerFixture>
{
    [Fact]
    public async Task Ogrinfo_LandingPage_ListsTheLayerAndTheSelecties()
    {
        var output = await OgrInfo.RunAsync($"OAPIF:{fixture.Server.RootUri}ogc");

        OgrInfo.AssertClean(output);
        Assert.Contains(
            $"{OgcLayerServerFixture.LayerCollection} (title: wateroverlast-oost)",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains("selecties (title: Selecties)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_Layer_ReadsItsFieldsAndFeaturesWithoutWarnings()
    {
        var output = await OgrInfo.RunAsync(
            "-al",
            $"OAPIF:{fixture.Server.RootUri}ogc",
            OgcLayerServerFixture.LayerCollection
        );

        OgrInfo.AssertClean(output);
        Assert.Contains("Feature Count: 3", output, StringComparison.Ordinal);
        Assert.Contains("klasse: Integer", output, StringComparison.Ordinal);
        Assert.Contains("diepte: Real", output, StringComparison.Ordinal);
        Assert.Contains("naam (String) = Zuid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_Selecties_ReadsTheSelectieWithItsBuurtcodes()
    {
        var output = await OgrInfo.RunAsync("-al", "-q", $"OAPIF:{fixture.Server.RootUri}ogc", "selecties");

        OgrInfo.AssertClean(output);
        Assert.Contains("naam (String) = Oost", output, StringComparison.Ordinal);
        Assert.Matches(@"buurtcodes \(String\) = BU999900\d\d", output);
        Assert.Matches(@"(MULTI)?POLYGON \(\(", output);
    }
}
