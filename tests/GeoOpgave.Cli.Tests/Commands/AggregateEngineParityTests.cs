using System.Globalization;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>
/// <c>geoopgave aggregate</c> with <c>--engine dotnet</c> and <c>--engine postgis</c> on every layer type of the
/// demo: the same rows, equal counts, measures equal within 1e-6 relative. Runs against GEOOPGAVE_TEST_PG
/// (tools/test.sh or `source tools/postgis.sh`); the twin only uses temporary tables there.
/// </summary>
public class AggregateEngineParityTests
{
    private static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "data", "demo");
    private static readonly string Buurten = Path.Combine(Demo, "wijkenbuurten_demodam_2024.gpkg");

    [Theory]
    [InlineData("energielabels_demodam.csv", "count,sum,mean,min,max", "bouwjaar", null)]
    [InlineData("energielabels_demodam.csv", "count,share,mean", "bouwjaar", "energielabel")]
    [InlineData("wateroverlast_zones_demodam.geojson", "area,share", null, "klasse")]
    [InlineData("wateroverlast_zones_demodam.geojson", "area,share,sum,mean", "klasse", "bron")]
    [InlineData("warmtenet_demodam.shp", "length", null, "type")]
    [InlineData("warmtenet_demodam.shp", "length", null, null)]
    public async Task Aggregate_BothEngines_WriteTheSameCsv(
        string layer,
        string stats,
        string? field,
        string? classField
    )
    {
        using var folder = new TempWorkspace();
        var (dotnet, postgis) = (folder.PathOf("dotnet.csv"), folder.PathOf("postgis.csv"));
        string[] args = ["aggregate", "--areas", Buurten, "--layer", Path.Combine(Demo, layer), "--stat", stats];
        args = field is null ? args : [.. args, "--field", field];
        args = classField is null ? args : [.. args, "--class-field", classField];

        var (dotnetExit, dotnetText) = await CliRun.RunAsync([.. args, "--out", dotnet]);
        var (postgisExit, postgisText) = await CliRun.RunAsync([
            .. args,
            "--engine",
            "postgis",
            "--db",
            Server(),
            "--out",
            postgis,
        ]);

        Assert.True(dotnetExit == ExitCodes.Success, dotnetText);
        Assert.True(postgisExit == ExitCodes.Success, postgisText);
        Assert.Contains("(PostGIS)", postgisText, StringComparison.Ordinal);
        var (expected, actual) = (await File.ReadAllLinesAsync(dotnet), await File.ReadAllLinesAsync(postgis));
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.Length > 48, $"{layer}: expected at least one row per buurt");
        for (var row = 1; row < expected.Length; row++)
        {
            AssertSameRow(expected[0].Split(','), expected[row].Split(','), actual[row].Split(','));
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("geojson")]
    public async Task Aggregate_CbsSentinelsInTheField_BothEnginesLeaveThemOut(string format)
    {
        using var folder = new TempWorkspace();
        var layer = folder.PathOf("cellen." + format);
        (double X, double Y, double Value)[] cells =
            [(155019, 443202, 7), (155020, 443203, -99997), (155021, 443204, 3), (155022, 443205, -99999999)];
        await File.WriteAllTextAsync(layer, format == "csv" ? PointsCsv(cells) : PointsGeoJson(cells));
        var (dotnet, postgis) = (folder.PathOf("dotnet.csv"), folder.PathOf("postgis.csv"));
        string[] args =
            ["aggregate", "--areas", Buurten, "--layer", layer, "--stat", "count,sum,mean,min,max", "--field", "w"];

        var (dotnetExit, dotnetText) = await CliRun.RunAsync([.. args, "--out", dotnet]);
        var (postgisExit, postgisText) =
            await CliRun.RunAsync([.. args, "--engine", "postgis", "--db", Server(), "--out", postgis]);

        Assert.True(dotnetExit == ExitCodes.Success, dotnetText);
        Assert.True(postgisExit == ExitCodes.Success, postgisText);
        Assert.Contains("2 waarden zijn een CBS-code", postgisText, StringComparison.Ordinal);
        var (expected, actual) = (await File.ReadAllLinesAsync(dotnet), await File.ReadAllLinesAsync(postgis));
        Assert.Equal(expected, actual);
        Assert.Single(actual, l => l.EndsWith(",4,10,5,3,7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Aggregate_CbsSentinelsInTheFieldOfZones_BothEnginesInterpolateOnlyTheKnownValues()
    {
        using var folder = new TempWorkspace();
        var layer = folder.PathOf("vlakken.geojson");
        (double X, double Y, double Value)[] zones =
            [(155019, 443202, 7), (155025, 443202, -99997), (155031, 443202, 3)];
        var features = zones.Select(z => string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{"w":{{{z.Value}}}},"geometry":{"type":"Polygon","coordinates":[[[{{{z.X}}},{{{z.Y}}}],[{{{z.X + 2}}},{{{z.Y}}}],[{{{z.X + 2}}},{{{z.Y + 2}}}],[{{{z.X}}},{{{z.Y + 2}}}],[{{{z.X}}},{{{z.Y}}}]]]}}"""
        ));
        await File.WriteAllTextAsync(
            layer,
            """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"""
                + $"\"features\":[{string.Join(",", features)}]}}"
        );
        var (dotnet, postgis) = (folder.PathOf("dotnet.csv"), folder.PathOf("postgis.csv"));
        string[] args = ["aggregate", "--areas", Buurten, "--layer", layer, "--stat", "sum,mean", "--field", "w"];

        var (dotnetExit, dotnetText) = await CliRun.RunAsync([.. args, "--out", dotnet]);
        var (postgisExit, postgisText) =
            await CliRun.RunAsync([.. args, "--engine", "postgis", "--db", Server(), "--out", postgis]);

        Assert.True(dotnetExit == ExitCodes.Success, dotnetText);
        Assert.True(postgisExit == ExitCodes.Success, postgisText);
        Assert.Contains("1 waarden zijn een CBS-code", dotnetText, StringComparison.Ordinal);
        var (expected, actual) = (await File.ReadAllLinesAsync(dotnet), await File.ReadAllLinesAsync(postgis));
        Assert.Equal(expected.Length, actual.Length);
        for (var row = 1; row < expected.Length; row++)
        {
            AssertSameRow(expected[0].Split(','), expected[row].Split(','), actual[row].Split(','));
        }

        var hit = Assert.Single(expected.Skip(1), l => !l.EndsWith(",,", StringComparison.Ordinal)).Split(',');
        var (sum, mean) = (Number(hit[2]), Number(hit[3]));
        Assert.Equal((10, 5), (Math.Round(sum, 6), Math.Round(mean, 6)));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string PointsCsv(IEnumerable<(double X, double Y, double Value)> cells) =>
        "x,y,w\n" + string.Concat(cells.Select(c => FormattableString.Invariant($"{c.X},{c.Y},{c.Value}\n")));

    private static string PointsGeoJson(IEnumerable<(double X, double Y, double Value)> cells) =>
        """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"""
        + "\"features\":["
        + string.Join(",", cells.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{"w":{{{c.Value}}}},"geometry":{"type":"Point","coordinates":[{{{c.X}}},{{{c.Y}}}]}}"""
        )))
        + "]}";

    [Fact]
    public async Task Aggregate_RasterWithPostgisEngine_RunsInDotnetAndSaysSo()
    {
        using var folder = new TempWorkspace();
        var output = folder.PathOf("hitte.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Path.Combine(Demo, "hittestress_gevoelstemperatuur_demodam.tif"),
            "--stat",
            "mean",
            "--engine",
            "postgis",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.Contains("altijd in .NET", text, StringComparison.Ordinal);
        Assert.Equal(49, (await File.ReadAllLinesAsync(output)).Length);
    }

    private static void AssertSameRow(string[] header, string[] expected, string[] actual)
    {
        Assert.Equal(expected[..2], actual[..2]);
        for (var i = 2; i < header.Length; i++)
        {
            var context = $"{expected[0]} {expected[1]} {header[i]}";
            if (header[i] == "count" || expected[i].Length == 0)
            {
                Assert.True(expected[i] == actual[i], $"{context}: {expected[i]} ≠ {actual[i]}");
                continue;
            }

            var (e, a) = (
                double.Parse(expected[i], CultureInfo.InvariantCulture),
                double.Parse(actual[i], CultureInfo.InvariantCulture)
            );
            Assert.True(Math.Abs(e - a) <= (1e-6 * Math.Max(Math.Abs(e), Math.Abs(a))) + 1e-9, $"{context}: {e} ≠ {a}");
        }
    }

    private static string Server() =>
        Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "GEOOPGAVE_TEST_PG is not set: run tools/test.sh or `source tools/postgis.sh` first."
            );
}
