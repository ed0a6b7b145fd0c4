using System.Text;
using BitMiracle.LibTiff.Classic;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.Tests.Shared;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>
/// Small files built to exhaust memory or time, imported by a real <c>geoopgave</c> process: each is refused with exit
/// code 2, the process stays under 300 MB, and the workspace is left as it was. A run that hangs is killed after a
/// minute and fails on its exit code; how fast a refusal is belongs in the benchmark, not in a test on a busy machine.
/// </summary>
public sealed class ImportHostileFilesTests : IAsyncLifetime
{
    private const long MaxPeakBytes = 300L << 20;
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(1);
    private readonly TempWorkspace _folder = new();

    public async Task InitializeAsync() =>
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("migrate", "--db", _folder.Db)).ExitCode);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public Task Import_ZipWhoseDeclaredSizesOverflow_RefusedSmallAndFast()
    {
        var zip = _folder.PathOf("overloop.zip");
        var quarter = 1L << 62;
        CraftedZip.Write(
            zip,
            new("a.shp", quarter, 1 << 20),
            new("a.dbf", quarter, 1 << 20),
            new("a.shx", quarter, 1 << 20),
            new("a.prj", quarter, 1 << 20)
        );

        return AssertRefusedAsync(zip);
    }

    [Fact]
    public Task Import_TinyTiffDeclaringHugeTiles_RefusedSmallAndFast()
    {
        var tiff = ReaderTiffBuilder.Write(
            _folder.PathOf("tegelbom.tif"),
            1,
            1,
            8,
            SampleFormat.UINT,
            (_, _) => 1,
            tileSize: 16,
            compression: Compression.ADOBE_DEFLATE,
            geo: t => ReaderTiffBuilder.Georeference(t, 28992, projected: true)
        );
        ReaderTiffBuilder.DeclareTileSide(tiff, 32768);

        return AssertRefusedAsync(tiff);
    }

    [Fact]
    public Task Import_GeoPackageWithAnEndlessView_RefusedSmallAndFast()
    {
        var gpkg = _folder.PathOf("eindeloos.gpkg");
        ReaderGpkgBuilder.AddLayer(gpkg, "punten", "naam TEXT", 28992, ["POINT (156000 464000)", "a"]);
        ReaderGpkgBuilder.AddEndlessView(gpkg, "eindeloos");

        return AssertRefusedAsync(gpkg);
    }

    [Fact]
    public Task Import_CsvWithAQuoteThatNeverCloses_RefusedSmallAndFast()
    {
        var csv = _folder.PathOf("open-aanhalingsteken.csv");
        using (var writer = new StreamWriter(csv, append: false, new UTF8Encoding(false)))
        {
            writer.Write("x;y;naam\n155000;463000;\"begint maar sluit nooit\n");
            var line = new string('a', 1000) + "\n";
            for (var i = 0; i < 60_000; i++)
            {
                writer.Write(line);
            }
        }

        return AssertRefusedAsync(csv);
    }

    private async Task AssertRefusedAsync(string path)
    {
        var (exitCode, output, _, peak) = await CliProcess.RunAsync(HangLimit, "import", path, "--db", _folder.Db);
        var (_, layers) = await CliRun.RunAsync("layers", "--db", _folder.Db);

        Assert.True(exitCode == ExitCodes.InputRejected, $"exit {exitCode}: {output}");
        Assert.True(peak is > 0 and < MaxPeakBytes, $"peak {peak >> 20} MB");
        Assert.Contains("nog geen lagen", layers, StringComparison.OrdinalIgnoreCase);
    }
}
