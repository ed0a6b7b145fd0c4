using System.Text;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>Each failure kind is a rejection with a precise issue, and nothing changes.</summary>
public sealed class ImportServiceRejectionTests
{
    [Fact]
    public async Task ImportAsync_MissingFile_RejectedWithFileNotFound()
    {
        await using var workspace = new ImportTestWorkspace();

        var result = await workspace.ImportAsync(new ImportRequest(workspace.File("weg.geojson")));

        await AssertRejectedAsync(workspace, result, IssueKind.FileNotFound);
    }

    [Fact]
    public async Task ImportAsync_UnknownExtension_RejectedWithUnsupportedFormat()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("kaart.kml");
        await File.WriteAllTextAsync(path, "<kml/>");

        await AssertRejectedAsync(
            workspace,
            await workspace.ImportAsync(new ImportRequest(path)),
            IssueKind.UnsupportedFormat
        );
    }

    [Fact]
    public async Task ImportAsync_MalformedGeoJson_RejectedWithUnreadableFile()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("kapot.geojson");
        await File.WriteAllTextAsync(path, """{"type":"FeatureCollection","features":[{"type":""");

        await AssertRejectedAsync(
            workspace,
            await workspace.ImportAsync(new ImportRequest(path)),
            IssueKind.UnreadableFile
        );
    }

    [Fact]
    public async Task ImportAsync_SwappedAxes_RejectedAsOutsideNetherlands()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("omgedraaid.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[52.15,5.38]}}]}
            """);

        await AssertRejectedAsync(
            workspace,
            await workspace.ImportAsync(new ImportRequest(path)),
            IssueKind.OutsideNetherlands
        );
    }

    [Fact]
    public async Task ImportAsync_ZipSlipEntry_RejectedAndNothingUnpacked()
    {
        await using var workspace = new ImportTestWorkspace();
        var zip = ImportFixtures.ZipWithEntry(
            workspace.File("slip.zip"),
            "../../evil.shp",
            Encoding.UTF8.GetBytes("x")
        );

        var result = await workspace.ImportAsync(new ImportRequest(zip));

        await AssertRejectedAsync(workspace, result, IssueKind.UnsupportedFormat);
        Assert.Contains("buiten de uitpakmap", result.Reports[0].Issues[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.TempDirectory, "..", "evil.shp")));
        Assert.False(
            Directory.Exists(workspace.TempDirectory)
                && Directory.EnumerateFileSystemEntries(workspace.TempDirectory).Any()
        );
    }

    [Fact]
    public async Task ImportAsync_ZipBomb_RejectedAsTooLarge()
    {
        await using var workspace = new ImportTestWorkspace(
            new Dictionary<string, string?> { ["Import:MaxUncompressedBytes"] = "100000" }
        );
        var zip = ImportFixtures.ZipWithEntry(workspace.File("bom.zip"), "bom.shp", new byte[1_000_000]);

        var result = await workspace.ImportAsync(new ImportRequest(zip));

        await AssertRejectedAsync(workspace, result, IssueKind.TooLarge);
        Assert.True(new FileInfo(zip).Length < 100_000);
    }

    [Fact]
    public async Task ImportAsync_ZipWithSymbolicLink_Rejected()
    {
        await using var workspace = new ImportTestWorkspace();
        var zip = workspace.File("link.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            var entry = archive.CreateEntry("wijken.shp");
            entry.ExternalAttributes = unchecked((int)0xA1FF0000);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes("/etc/passwd"));
        }

        var result = await workspace.ImportAsync(new ImportRequest(zip));

        await AssertRejectedAsync(workspace, result, IssueKind.UnsupportedFormat);
        Assert.Contains("symbolische koppeling", result.Reports[0].Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ZipWithTooManyEntries_RejectedAsTooLarge()
    {
        await using var workspace = new ImportTestWorkspace(
            new Dictionary<string, string?> { ["Import:MaxArchiveEntries"] = "3" }
        );
        var zip = workspace.File("veel.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            for (var i = 0; i < 4; i++)
            {
                archive.CreateEntry($"f{i}.txt");
            }
        }

        var result = await workspace.ImportAsync(new ImportRequest(zip));

        await AssertRejectedAsync(workspace, result, IssueKind.TooLarge);
        Assert.Contains("4 bestanden", result.Reports[0].Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MoreFeaturesThanAllowed_RejectedAsTooLarge()
    {
        await using var workspace = new ImportTestWorkspace(
            new Dictionary<string, string?> { ["Import:MaxFeatures"] = "1" }
        );
        var path = workspace.File("punten.geojson");
        await File.WriteAllTextAsync(path, ImportFixtures.RdGeoJson);

        await AssertRejectedAsync(workspace, await workspace.ImportAsync(new ImportRequest(path)), IssueKind.TooLarge);
    }

    [Fact]
    public async Task ImportAsync_NameTaken_RejectedAndFirstLayerKept()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("punten.geojson");
        await File.WriteAllTextAsync(path, ImportFixtures.RdGeoJson);
        Assert.True((await workspace.ImportAsync(new ImportRequest(path))).Imported);

        var again = await workspace.ImportAsync(new ImportRequest(path));

        Assert.False(again.Imported);
        Assert.Contains(again.Reports[0].Issues, i => i.Kind == IssueKind.LayerExists);
        Assert.Single(await workspace.LayersAsync());
        Assert.Equal(2, await workspace.FeatureRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_NameTakenInOtherCase_RejectedNamingTheLayerThatIsThere()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("punten.geojson");
        await File.WriteAllTextAsync(path, ImportFixtures.RdGeoJson);
        Assert.True((await workspace.ImportAsync(new ImportRequest(path) { Name = "CBS_Statistiek" })).Imported);

        var again = await workspace.ImportAsync(new ImportRequest(path) { Name = "CBS_statistiek" });

        Assert.False(again.Imported);
        var taken = Assert.Single(again.Reports[0].Issues, i => i.Kind == IssueKind.LayerExists);
        Assert.Contains("'CBS_Statistiek'", taken.Message, StringComparison.Ordinal);
        Assert.Single(await workspace.LayersAsync());
    }

    [Fact]
    public async Task ImportAsync_OneBadGeoPackageLayer_RejectsEveryLayer()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(
            workspace.File("mix.gpkg"),
            ImportFixtures.Layer("goed", "POINT (150000 460000)"),
            ImportFixtures.Layer("buitenland", "POINT (900000 460000)"));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        await AssertRejectedAsync(workspace, result, IssueKind.OutsideNetherlands);
        Assert.Equal(2, result.Reports.Count);
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(3000)]
    public async Task ImportAsync_TableWithAYearOutside1900To2100_RejectedWithYearOutOfRange(int year)
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [], "BU03080000");
        var path = workspace.File("cijfers.csv");
        await File.WriteAllTextAsync(path, "buurtcode,woz\nBU03080000,300\n");
        var before = await workspace.VersionAsync();

        var result = await workspace.ImportAsync(new ImportRequest(path) { Year = year });

        await AssertRejectedAsync(workspace, result, IssueKind.YearOutOfRange);
        var error = Assert.Single(result.Reports[0].Issues);
        Assert.Equal($"--year {year} kan niet kloppen: het peiljaar van de waarden ligt tussen 1900 en 2100.", error.Message);
        Assert.Equal(before, await workspace.VersionAsync());
    }

    private static async Task AssertRejectedAsync(ImportTestWorkspace workspace, ImportResult result, IssueKind kind)
    {
        Assert.False(result.Imported);
        Assert.Empty(result.Layers);
        Assert.Contains(result.Reports.SelectMany(r => r.Issues), i =>
            i.Kind == kind && i.Severity == IssueSeverity.Error
        );
        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
    }
}
