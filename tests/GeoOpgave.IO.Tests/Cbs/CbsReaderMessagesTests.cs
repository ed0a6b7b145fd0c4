using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.IO.Tests.Cbs;

/// <summary>
/// What the CBS reader's errors tell a person: the area by its code, what to do, and nothing that does not happen
/// (an error refuses the whole kaart, so no area "is skipped").
/// </summary>
public sealed class CbsReaderMessagesTests : IDisposable
{
    private const string Buurt =
        "POLYGON ((155000 463000, 155500 463000, 155500 463500, 155000 463500, 155000 463000))";
    private const string Columns = "buurtcode TEXT, buurtnaam TEXT, wijkcode TEXT, gemeentecode TEXT, jaar INTEGER";

    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_NoYear_NamesTheOptionOfTheCommandLineAndTheFieldOfTheUploadPage()
    {
        var path = _files.PathOf("noyear.gpkg");
        ReaderGpkgBuilder.AddLayer(path, "buurten", "buurtcode TEXT, buurtnaam TEXT", 28992, [Buurt, "BU03630000", "A"]);

        var issue = Assert.Single(CbsWijkBuurtKaartReader.Read(path).Errors);

        Assert.Equal(IssueKind.MissingYear, issue.Kind);
        Assert.Contains("--year 2024", issue.Message, StringComparison.Ordinal);
        // The upload page (/lagen) calls it "Jaar"; a browser user has no --year.
        Assert.Contains("het veld Jaar op de pagina Lagen", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GeoJsonGeometryTheFormatReaderCannotParse_NamesTheAreaCode()
    {
        var path = _files.Write("kapot.geojson", """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"buurtcode":"BU03080000","gemeentecode":"GM0308","jaar":2024},
              "geometry":{"type":"Polygon","coordinates":[[[5.38,52.15],[5.39,52.15],[5.39,52.16],[5.38,52.15]]]}},
             {"type":"Feature","properties":{"buurtcode":"BU03080001","gemeentecode":"GM0308","jaar":2024},
              "geometry":{"type":"Polygon","coordinates":[[["a","b"]]]}}]}
            """);

        var issue = Assert.Single(CbsWijkBuurtKaartReader.Read(path).Errors);

        Assert.Equal((IssueKind.BrokenGeometry, 1, "geometry"), (issue.Kind, issue.FeatureIndex, issue.Field));
        Assert.Contains("BU03080001", issue.Message, StringComparison.Ordinal);
        Assert.Contains("geen geldige GeoJSON-geometrie", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, IssueKind.EmptyGeometry)]
    [InlineData("POINT (155000 463000)", IssueKind.UnsupportedGeometry)]
    public void Read_UnusableGeometry_NamesTheCodeAndDoesNotSayTheAreaIsSkipped(string? wkt, IssueKind kind)
    {
        var result = ReadTwoBuurten("leeg.gpkg", wkt, "BU03630001");

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(kind, issue.Kind);
        Assert.Contains("BU03630001", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("overgeslagen", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCode_DoesNotSayTheFirstAreaCounts()
    {
        var result = ReadTwoBuurten("dubbel.gpkg", Buurt, "BU03630000");

        // The error refuses the kaart: neither area lands, so "only the first counts" would be untrue.
        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.DuplicateCode, 1), (issue.Kind, issue.FeatureIndex));
        Assert.Contains("BU03630000", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("telt", issue.Message, StringComparison.Ordinal);
    }

    // A buurt that reads well, then the second one as given.
    private ReadResult<CbsWijkBuurtKaart> ReadTwoBuurten(string file, string? wkt, string code)
    {
        var path = _files.PathOf(file);
        ReaderGpkgBuilder.AddLayer(path, "buurten", Columns, 28992,
            [Buurt, "BU03630000", "A", "WK036300", "GM0363", 2024L],
            [wkt, code, "B", "WK036300", "GM0363", 2024L]);
        return CbsWijkBuurtKaartReader.Read(path);
    }
}
