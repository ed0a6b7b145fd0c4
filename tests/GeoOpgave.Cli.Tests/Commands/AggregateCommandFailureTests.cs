using System.IO.Compression;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class AggregateCommandFailureTests
{
    private static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "data", "demo");
    private static readonly string Buurten = Path.Combine(Demo, "wijkenbuurten_demodam_2024.gpkg");
    private static readonly string Labels = Path.Combine(Demo, "energielabels_demodam.csv");

    [Theory]
    [InlineData("bestaat-niet.gpkg", "energielabels_demodam.csv", "count", null, "bestaat-niet.gpkg")]
    [InlineData("wijkenbuurten_demodam_2024.gpkg", "energielabels_demodam.csv", "mean", "bestaat_niet", "bestaat_niet")]
    [InlineData("wijkenbuurten_demodam_2024.gpkg", "energielabels_demodam.csv", "mean", null, "--field")]
    [InlineData("wijkenbuurten_demodam_2024.gpkg", "warmtenet_demodam.shp", "count", null, "'count'")]
    [InlineData("wijkenbuurten_demodam_2024.gpkg", "energielabels_demodam.csv", "median", null, "median")]
    [InlineData(
        "wijkenbuurten_demodam_2024.gpkg",
        "hittestress_gevoelstemperatuur_demodam.tif",
        "share",
        null,
        "--threshold"
    )]
    public async Task Aggregate_BadInput_ExitTwoNamingTheCulpritAndNoFile(
        string areas,
        string layer,
        string stat,
        string? field,
        string named
    )
    {
        using var folder = new TempWorkspace();
        var output = folder.PathOf("uit.csv");
        string[] args =
        [
            "aggregate",
            "--areas",
            Path.Combine(Demo, areas),
            "--layer",
            Path.Combine(Demo, layer),
            "--stat",
            stat,
            "--out",
            output,
        ];

        var (exitCode, text) = await CliRun.RunAsync(field is null ? args : [.. args, "--field", field]);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Folder));
    }

    [Fact]
    public async Task Aggregate_CsvWithUnparsableCoordinate_RejectedWithRowAndColumn()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(csv, "x;y;waarde\n155000;443000;1\nveertig;443100;2\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            csv,
            "--stat",
            "count",
            "--out",
            output
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("regel 3", text, StringComparison.Ordinal);
        Assert.Contains("veld x", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Aggregate_ZipWithPathTraversal_Refused()
    {
        using var folder = new TempWorkspace();
        var zip = folder.PathOf("kwaad.shp.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Path.Combine(Demo, "warmtenet_demodam.shp"), "../warmtenet_demodam.shp");
        }

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            zip,
            "--layer",
            Labels,
            "--stat",
            "count",
            "--out",
            folder.PathOf("uit.csv")
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("onveilig", text, StringComparison.Ordinal);
        Assert.Contains("../warmtenet_demodam.shp", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_UnknownAreaCodeField_RejectedListingTheFields()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--area-code-field",
            "bu_code",
            "--layer",
            Labels,
            "--stat",
            "count",
            "--out",
            folder.PathOf("uit.csv")
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("bu_code", text, StringComparison.Ordinal);
        Assert.Contains("buurtcode", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Geen database opgegeven")]
    [InlineData("werkruimte.db", "SQLite")]
    public async Task Aggregate_PostgisEngineWithoutPostgres_ExitTwoSayingWhatItNeeds(string? db, string named)
    {
        using var folder = new TempWorkspace();
        string[] args =
        [
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Labels,
            "--stat",
            "count",
            "--engine",
            "postgis",
            "--out",
            folder.PathOf("uit.csv"),
        ];

        var (exitCode, text) = await CliRun.RunAsync(db is null ? args : [.. args, "--db", folder.PathOf(db)]);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.Contains("--db", text, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.PathOf("uit.csv")));
    }

    [Fact]
    public async Task Aggregate_OutputNotCsv_RejectedBeforeReading()
    {
        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Labels,
            "--stat",
            "count",
            "--out",
            "uit.xlsx"
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains(".csv", text, StringComparison.Ordinal);
    }
}
