using System.Globalization;
using System.Text;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class AggregateStrayPointsTests
{
    private static readonly string Buurten = Path.Combine(
        AppContext.BaseDirectory,
        "data",
        "demo",
        "wijkenbuurten_demodam_2024.gpkg"
    );

    [Fact]
    public async Task Aggregate_TwoPointsOutsideTheNetherlands_ReportedWithTheirLinesAndSkipped()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("punten.csv");
        var text = new StringBuilder("x;y;waarde\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append(
                i == 100 ? "443202;155019;1000\n"
                : i == 250 ? "-5000;443202;1000\n"
                : "155019,67;443202,41;1\n"
            );
        }

        await File.WriteAllTextAsync(csv, text.ToString());
        var output = folder.PathOf("uit.csv");

        var (exitCode, console) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            csv,
            "--stat",
            "count,sum",
            "--field",
            "waarde",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, console);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToList();
        var hit = Assert.Single(rows, r => r[2] != "0");
        Assert.Equal(["298", "298"], hit[2..]);
        Assert.Contains("2 van de 300 punten", console, StringComparison.Ordinal);
        Assert.Contains("regel 102", console, StringComparison.Ordinal);
        Assert.Contains("regel 252", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_SwappedAxes_RejectedAndNothingWritten()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("omgedraaid.csv");
        var rows = Enumerable
            .Range(0, 300)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"{443000 + i};{155000 + i}"));
        await File.WriteAllTextAsync(csv, "x;y\n" + string.Join('\n', rows) + "\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, console) = await CliRun.RunAsync(
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
        Assert.Contains("300 van de 300 punten", console, StringComparison.Ordinal);
        Assert.Contains("verwisseld", console, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Folder, "uit*"));
    }

    [Fact]
    public async Task Aggregate_OnePointInFiftyOutside_RejectedAsAboveTheShare()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("punten.csv");
        var rows = Enumerable.Range(0, 100).Select(i => i % 50 == 0 ? "443202;155019" : "155019,67;443202,41");
        await File.WriteAllTextAsync(csv, "x;y\n" + string.Join('\n', rows) + "\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, console) = await CliRun.RunAsync(
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
        Assert.Contains("2 van de 100 punten", console, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("233000;582000;5", true)]
    [InlineData("155019,67;443202,41;5", false)]
    public async Task Aggregate_PointsInNoArea_SaysEveryValueIsZeroOrUnknown(string point, bool warned)
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("elders.csv");
        await File.WriteAllTextAsync(csv, $"x;y;waarde\n{point}\n");

        var (exitCode, console) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            csv,
            "--stat",
            "count,sum",
            "--field",
            "waarde",
            "--out",
            folder.PathOf("uit.csv")
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        // The console wraps long lines at a space.
        var text = System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " ");
        Assert.Equal(warned, text.Contains("alle waarden zijn 0 of onbekend in alle 48 gebieden", StringComparison.Ordinal));
    }
}
