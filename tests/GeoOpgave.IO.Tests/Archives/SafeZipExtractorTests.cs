using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Archives;
using GeoOpgave.IO.Validation;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.IO.Tests.Archives;

public sealed class SafeZipExtractorTests : IDisposable
{
    private const int MiB = 1024 * 1024;

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-zip-tests",
        Guid.NewGuid().ToString("N")
    );

    public SafeZipExtractorTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Extract_DeclaredSizesThatOverflowTheTotal_RefusedAsTooLargeAndNothingWritten()
    {
        var zip = Path.Combine(_folder, "overflow.zip");
        var quarter = 1L << 62;
        CraftedZip.Write(
            zip,
            new("a.shp", quarter, MiB),
            new("b.shp", quarter, MiB),
            new("c.shp", quarter, MiB),
            new("d.shp", quarter, MiB)
        );
        var target = Path.Combine(_folder, "uit");

        var result = SafeZipExtractor.Extract(zip, target, new ZipExtractionLimits { MaxUncompressedBytes = 10 * MiB });

        Assert.Null(result.Value);
        Assert.Contains(result.Issues, i => i.Kind == IssueKind.TooLarge);
        Assert.False(
            Directory.Exists(target) && Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Any()
        );
    }

    [Fact]
    public void Extract_EntryHoldsMoreThanItDeclares_NeverWritesMoreThanDeclared()
    {
        var zip = Path.Combine(_folder, "liegt.zip");
        CraftedZip.Write(zip, new("klein.dbf", 1000, 1000), new("ook-klein.shp", 1000, 64 * MiB));
        var target = Path.Combine(_folder, "uit");

        var result = SafeZipExtractor.Extract(zip, target, new ZipExtractionLimits { MaxUncompressedBytes = 10 * MiB });

        var written = Directory
            .EnumerateFiles(target, "*", SearchOption.AllDirectories)
            .Sum(f => new FileInfo(f).Length);
        Assert.True(written <= 2000, $"{written} bytes written");
        Assert.True(result.Value is null || result.Value.Files.Count == 2);
    }

    [Fact]
    public void Extract_HonestEntriesWithinTheLimit_AreUnpacked()
    {
        var zip = Path.Combine(_folder, "eerlijk.zip");
        CraftedZip.Write(zip, new("a.shp", MiB, MiB), new("a.dbf", 1000, 1000));
        var target = Path.Combine(_folder, "uit");

        var result = SafeZipExtractor.Extract(zip, target, new ZipExtractionLimits { MaxUncompressedBytes = 10 * MiB });

        Assert.NotNull(result.Value);
        Assert.Equal(MiB, new FileInfo(Path.Combine(target, "a.shp")).Length);
    }

    [Fact]
    public void Extract_TotalDeclaredOverTheLimit_Refused()
    {
        var zip = Path.Combine(_folder, "te-groot.zip");
        CraftedZip.Write(zip, new("a.shp", 6 * MiB, 6 * MiB), new("b.shp", 6 * MiB, 6 * MiB));

        var result = SafeZipExtractor.Extract(
            zip,
            Path.Combine(_folder, "uit"),
            new ZipExtractionLimits { MaxUncompressedBytes = 10 * MiB }
        );

        Assert.Null(result.Value);
        Assert.Contains(result.Issues, i => i.Kind == IssueKind.TooLarge);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
