using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Tests.Fixtures;
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
}
