namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>GDAL's OAPIF driver, a real OGC API Features client, reads the API on a loopback port.</summary>
public sealed class OgcGdalTests(GeoOpgaveServer server) : IClassFixture<GeoOpgaveServer>
{
    [Fact]
    public async Task Ogrinfo_LandingPage_ListsTheCollectionsWithoutWarnings()
    {
        var output = await OgrInfo.RunAsync($"OAPIF:{server.RootUri}ogc");

        OgrInfo.AssertClean(output);
        Assert.Contains("gemeenten (title: Gemeenten)", output, StringComparison.Ordinal);
        Assert.Contains("wijken (title: Wijken)", output, StringComparison.Ordinal);
        Assert.Contains("buurten (title: Buurten met analyse)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_Buurten_ReadsFeatureCountSchemaAndExtentWithoutWarnings()
    {
        var output = await OgrInfo.RunAsync("-al", "-so", $"OAPIF:{server.RootUri}ogc", "buurten");

        OgrInfo.AssertClean(output);
        Assert.Matches(@"Feature Count: (4\d|5\d)\b", output);
        Assert.Contains("overlap: Integer", output, StringComparison.Ordinal);
        Assert.Contains("urgentie_energie: String", output, StringComparison.Ordinal);
        Assert.Matches(@"Extent: \(5\.\d+, 5[12]\.\d+\) - \(5\.\d+, 5[12]\.\d+\)", output);
    }

    [Fact]
    public async Task Ogrinfo_AllFeaturesThroughNextLinks_ReadsEveryBuurtOnce()
    {
        // GDAL pages with limit=10 and follows the next links, so this walks the paging end to end.
        var output = await OgrInfo.RunAsync("-al", "-q", $"OAPIF:{server.RootUri}ogc", "buurten");

        OgrInfo.AssertClean(output);
        var codes = System
            .Text.RegularExpressions.Regex.Matches(output, @"buurtcode \(String\) = (BU\d{8})")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.InRange(codes.Count, 40, 60);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Ogrinfo_WhereOnWijkcode_IsAnsweredByTheServerFilter()
    {
        var output = await OgrInfo.RunAsync(
            "-al",
            "-q",
            "-where",
            "wijkcode = 'WK999900'",
            $"OAPIF:{server.RootUri}ogc",
            "buurten"
        );

        OgrInfo.AssertClean(output);
        var wijken = System
            .Text.RegularExpressions.Regex.Matches(output, @"wijkcode \(String\) = (WK\d{6})")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(wijken);
        Assert.All(wijken, w => Assert.Equal("WK999900", w));
    }
}
