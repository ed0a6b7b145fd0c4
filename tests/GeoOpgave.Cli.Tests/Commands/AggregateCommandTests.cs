using System.Globalization;
using System.IO.Compression;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class AggregateCommandTests
{
    private static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "data", "demo");
    private static readonly string Buurten = Path.Combine(Demo, "wijkenbuurten_demodam_2024.gpkg");

    [Fact]
    public async Task Aggregate_PointsCsv_CountAndMeanPerBuurtWithEmptyBuurtenAsZero()
    {
        using var folder = new TempWorkspace();
        var output = folder.PathOf("punten.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Path.Combine(Demo, "energielabels_demodam.csv"),
            "--stat",
            "count,mean",
            "--field",
            "bouwjaar",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = await ReadCsv(output);
        Assert.Equal(["code", "class", "count", "mean"], rows[0]);
        Assert.Equal(48, rows.Count - 1);
        var total = rows.Skip(1).Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture));
        Assert.Equal(4_904 - 5, total);
        Assert.All(rows.Skip(1).Where(r => r[2] != "0"), r =>
            Assert.InRange(double.Parse(r[3], CultureInfo.InvariantCulture), 1500, 2030)
        );
        Assert.Contains("48 rijen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_OnePoint_EveryBuurtGetsARowAndEmptyOnesCountZero()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("een.csv");
        await File.WriteAllTextAsync(csv, "x;y;waarde\n155019,67;443202,41;7\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            csv,
            "--stat",
            "count,sum,mean",
            "--field",
            "waarde",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = (await ReadCsv(output)).Skip(1).ToList();
        Assert.Equal(48, rows.Count);
        var hit = Assert.Single(rows, r => r[2] == "1");
        Assert.Equal(["7", "7"], hit[3..]);
        Assert.All(rows.Where(r => r != hit), r => Assert.Equal(["0", "", ""], r[2..]));
    }

    [Fact]
    public async Task Aggregate_CbsSentinelsInTheField_AreMissingAndCounted()
    {
        using var folder = new TempWorkspace();
        var csv = folder.PathOf("cellen.csv");
        await File.WriteAllTextAsync(
            csv,
            "x;y;woningen\n155019;443202;7\n155020;443203;-99997\n155021;443204;3\n155022;443205;-99999999\n"
                + "155023;443206;-99995.0\n"
        );
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            csv,
            "--stat",
            "count,sum,mean,min,max",
            "--field",
            "woningen",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var hit = Assert.Single((await ReadCsv(output)).Skip(1), r => r[2] != "0");
        Assert.Equal(["5", "10", "5", "3", "7"], hit[2..]);
        Assert.Contains("3 waarden zijn een CBS-code voor onbekend", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_PointsWithClassField_SharesPerBuurtAddUpToOne()
    {
        using var folder = new TempWorkspace();
        var output = folder.PathOf("labels.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Path.Combine(Demo, "energielabels_demodam.csv"),
            "--stat",
            "count,share",
            "--class-field",
            "energielabel",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = (await ReadCsv(output)).Skip(1).ToList();
        Assert.Contains(rows, r => r[1] == "G");
        foreach (var buurt in rows.GroupBy(r => r[0]).Where(g => g.Any(r => r[3].Length > 0)))
        {
            Assert.InRange(buurt.Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)), 0.5, 1.0 + 1e-9);
        }

        // About 3 % of the addresses have no label: they count in the total, not in any class.
        Assert.InRange(rows.Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture)), 0.95 * 4_899, 4_899);
    }

    [Fact]
    public async Task Aggregate_ZonesGeoJson_AreaAndSharePerKlasse()
    {
        using var folder = new TempWorkspace();
        var output = folder.PathOf("zones.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            Path.Combine(Demo, "wateroverlast_zones_demodam.geojson"),
            "--stat",
            "area,share",
            "--class-field",
            "klasse",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = (await ReadCsv(output)).Skip(1).ToList();
        Assert.Equal(48 * 5, rows.Count);
        Assert.All(rows, r => Assert.InRange(double.Parse(r[3], CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains(rows, r => double.Parse(r[2], CultureInfo.InvariantCulture) > 10_000);
    }

    [Fact]
    public async Task Aggregate_ZippedShapefileLines_LengthPerType()
    {
        using var folder = new TempWorkspace();
        var zip = folder.PathOf("warmtenet.shp.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var extension in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
            {
                archive.CreateEntryFromFile(
                    Path.Combine(Demo, "warmtenet_demodam" + extension),
                    "warmtenet/warmtenet_demodam" + extension
                );
            }
        }

        var output = folder.PathOf("warmtenet.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--layer",
            zip,
            "--stat",
            "length",
            "--class-field",
            "type",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = (await ReadCsv(output)).Skip(1).ToList();
        Assert.Equal(48 * 2, rows.Count);
        Assert.Equal(["distributie", "transport"], rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r[1] == "transport" && double.Parse(r[2], CultureInfo.InvariantCulture) > 100);
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("centre")]
    public async Task Aggregate_Raster_MeanMaxAndCoverage(string coverage)
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
            "mean,max,coverage",
            "--coverage",
            coverage,
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = (await ReadCsv(output)).Skip(1).ToList();
        Assert.Equal(48, rows.Count);
        Assert.All(rows.Where(r => r[2].Length > 0), r =>
            Assert.InRange(double.Parse(r[2], CultureInfo.InvariantCulture), 25, 38)
        );
        var lake = rows.Single(r => r[0] == "BU99990209");
        Assert.True(double.Parse(lake[4], CultureInfo.InvariantCulture) < 0.9, "Plas en Park is mostly water (nodata)");
    }

    [Fact]
    public async Task Aggregate_WijkenLayerOfTheGeoPackage_OneRowPerWijkThatAddsUpToTheBuurten()
    {
        using var folder = new TempWorkspace();
        var (wijken, buurten) = (folder.PathOf("wijken.csv"), folder.PathOf("buurten.csv"));
        var labels = Path.Combine(Demo, "energielabels_demodam.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            Buurten,
            "--area-layer",
            "wijken",
            "--layer",
            labels,
            "--stat",
            "count",
            "--out",
            wijken
        );
        await CliRun.RunAsync("aggregate", "--areas", Buurten, "--layer", labels, "--stat", "count", "--out", buurten);

        Assert.True(exitCode == ExitCodes.Success, text);
        var perWijk = (await ReadCsv(wijken)).Skip(1).ToList();
        Assert.Equal(6, perWijk.Count);
        Assert.All(perWijk, r => Assert.StartsWith("WK9999", r[0], StringComparison.Ordinal));
        Assert.Equal(
            (await ReadCsv(buurten)).Skip(1).Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture)),
            perWijk.Sum(r => long.Parse(r[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Aggregate_AreaCollapsedToALineAndOneWithoutGeometry_LeftOutAndNamedTheRestAggregated()
    {
        // As in the real 2014 TopoJSON buurten: quantisation collapsed one buurt to a line; another lost its geometry.
        using var folder = new TempWorkspace();
        var areas = folder.PathOf("buurten.geojson");
        await File.WriteAllTextAsync(areas, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
             {"type":"Feature","properties":{"buurtcode":"BU00010001"},"geometry":{"type":"Polygon","coordinates":[[[155000,463000],[155100,463000],[155100,463100],[155000,463100],[155000,463000]]]}},
             {"type":"Feature","properties":{"buurtcode":"BU00010002"},"geometry":{"type":"LineString","coordinates":[[155100,463000],[155200,463000]]}},
             {"type":"Feature","properties":{"buurtcode":"BU00010003"},"geometry":null}]}
            """);
        var points = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(points, "x;y\n155050;463050\n155060;463060\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            areas,
            "--layer",
            points,
            "--stat",
            "count",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.Equal(
            [
                ["code", "class", "count"],
                ["BU00010001", "", "2"],
            ],
            (await ReadCsv(output)).Select(r => r.ToList()).ToList()
        );
        var flat = text.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains(
            "gebied BU00010002 (object 2) is geen vlak maar een LineString",
            flat,
            StringComparison.Ordinal
        );
        // Counted from 1, as QGIS counts features: the third has no geometry.
        Assert.Contains("object 3", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_AreaCodeThatLooksLikeAFormula_EscapedInTheCsv()
    {
        using var folder = new TempWorkspace();
        var areas = await OneAreaAsync(folder, """=HYPERLINK(\"http://kwaad.example\")""");
        var points = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(points, "x;y\n155050;463050\n");
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            areas,
            "--layer",
            points,
            "--stat",
            "count",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.StartsWith(
            "\"'=HYPERLINK(\"\"http://kwaad.example\"\")\",,1",
            (await File.ReadAllLinesAsync(output))[1],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Aggregate_ClassesThatLookLikeFormulas_EscapedLikeEveryCsvExport()
    {
        using var folder = new TempWorkspace();
        var areas = await OneAreaAsync(folder, "BU00010001");
        var points = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(
            points,
            "x;y;klasse\n155050;463050;+A\n155060;463060;-B\n155070;463070;@C\n155080;463080;=D\n155090;463090;E\n"
        );
        var output = folder.PathOf("uit.csv");

        var (exitCode, text) = await CliRun.RunAsync(
            "aggregate",
            "--areas",
            areas,
            "--layer",
            points,
            "--stat",
            "count",
            "--class-field",
            "klasse",
            "--out",
            output
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        var rows = await ReadCsv(output);
        Assert.Equal(["code", "class", "count"], rows[0]);
        Assert.Equal(
            ["'+A", "'-B", "'=D", "'@C", "E"],
            rows.Skip(1).Select(r => r[1]).Where(c => c.Length > 0).Order(StringComparer.Ordinal));
    }

    // One 100 m square in RD New around the test points; the code goes into the JSON as given (escaped by the caller).
    private static async Task<string> OneAreaAsync(TempWorkspace folder, string jsonCode)
    {
        var areas = folder.PathOf("gebieden.geojson");
        await File.WriteAllTextAsync(areas, $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
             {"type":"Feature","properties":{"code":"{{{jsonCode}}}"},"geometry":{"type":"Polygon","coordinates":[[[155000,463000],[155100,463000],[155100,463100],[155000,463100],[155000,463000]]]}}]}
            """);
        return areas;
    }

    private static async Task<List<string[]>> ReadCsv(string path) =>
        (await File.ReadAllLinesAsync(path)).Select(l => l.Split(',')).ToList();
}
