using System.Globalization;
using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.IO.GeoPackage;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Tests.Commands;

public sealed class WerkenCommandTests
{
    private static readonly string DemoFolder = Path.Combine(AppContext.BaseDirectory, "data", "demo");

    [Fact]
    public async Task Werken_AfterImportAsWerken_WritesOneRowPerWorkAndBuurtWithItsLength()
    {
        using var folder = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", folder.Db);
        var (code, buurt) = BuurtWithRoomFor(40);
        var plannen = folder.PathOf("plannen.geojson");
        await File.WriteAllTextAsync(plannen, Plannen(buurt));

        var (importCode, importText) = await CliRun.RunAsync("import", plannen, "--as-werken", "--db", folder.Db);
        var (csvCode, _) = await CliRun.RunAsync(
            "werken",
            "--van",
            "2026",
            "--tot",
            "2030",
            "--out",
            folder.PathOf("werken.csv"),
            "--db",
            folder.Db
        );
        var (jsonCode, _) = await CliRun.RunAsync(
            "werken",
            "--out",
            folder.PathOf("werken.geojson"),
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.Success, importCode);
        Assert.Contains("werken", importText, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (csvCode, jsonCode));
        var lines = (await File.ReadAllLinesAsync(folder.PathOf("werken.csv")))
            .Select(l => l.TrimStart('\uFEFF'))
            .ToList();
        Assert.Equal(
            "buurtcode;werk_id;soort;naam;start;eind;eigenaar;status;lengte_m;aandeel_oppervlak;aantal",
            lines[0]
        );
        // The demo brings plans of its own; this test looks at the one it imported.
        Assert.Equal(
            [$"{code};plannen:0;riolering;Kerkstraat;2027;2028;Gemeente;gepland;40;;"],
            lines.Skip(1).Where(l => l.Contains(";plannen:", StringComparison.Ordinal))
        );
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.PathOf("werken.geojson")));
        var rows = json
            .RootElement.GetProperty("features")
            .EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("werk_id").GetString()!.StartsWith("plannen:", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(["plannen:0", "plannen:1"], rows.Select(r => r.GetProperty("werk_id").GetString()));
        Assert.Equal(
            ("warmtenet", 2035, 40.0),
            (
                rows[1].GetProperty("soort").GetString(),
                rows[1].GetProperty("start").GetInt32(),
                rows[1].GetProperty("lengte_m").GetDouble()
            )
        );
    }

    [Fact]
    public async Task Import_DemoWarmtenetAsWerkenWithOneType_TakesTheAanlegjaar()
    {
        using var folder = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (importCode, text) = await CliRun.RunAsync(
            "import",
            Path.Combine(DemoFolder, "warmtenet_demodam.shp"),
            "--as-werken",
            "--type",
            "warmtenet",
            "--name",
            "wup",
            "--db",
            folder.Db
        );
        var (werkenCode, _) = await CliRun.RunAsync(
            "werken",
            "--out",
            folder.PathOf("werken.csv"),
            "--separator",
            ",",
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.Success, importCode);
        Assert.Contains("wup (116)", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, werkenCode);
        var rows = (await File.ReadAllLinesAsync(folder.PathOf("werken.csv")))
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(r => r[1].StartsWith("wup:", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("warmtenet", r[2]));
        Assert.All(rows, r => Assert.InRange(int.Parse(r[4], CultureInfo.InvariantCulture), 1900, 2100));
    }

    [Fact]
    public async Task Import_WerkenOptionWithoutAsWerken_IsRefused()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            folder.PathOf("x.geojson"),
            "--type",
            "riolering",
            "--db",
            folder.Db
        );

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--as-werken", text, StringComparison.Ordinal);
    }

    // A sewer line of 40 m in 2027–2028 and a warmtenet line in 2035 on the same spot, wholly inside one buurt.
    private static string Plannen(Point start) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
             {"type":"Feature","properties":{"type":"GRP vervanging","startjaar":2027,"eindjaar":2028,"eigenaar":"Gemeente","omschrijving":"Kerkstraat","status":"gepland"},
              "geometry":{"type":"LineString","coordinates":[[{{{start.X}}},{{{start.Y}}}],[{{{start.X
                + 40}}},{{{start.Y}}}]]}},
             {"type":"Feature","properties":{"type":"warmtenet","startjaar":2035,"eigenaar":"Warmtebedrijf"},
              "geometry":{"type":"LineString","coordinates":[[{{{start.X}}},{{{start.Y}}}],[{{{start.X
                + 40}}},{{{start.Y}}}]]}}]}
            """
        );

    // The first demo buurt (by code) in which a horizontal line of this length from a whole-metre point lies inside.
    private static (string Code, Point Start) BuurtWithRoomFor(double lengthM)
    {
        var buurten = GeoPackageReader
            .Read(Path.Combine(DemoFolder, "wijkenbuurten_demodam_2024.gpkg"), "buurten", 100_000)
            .Value!;
        foreach (var feature in buurten.Features.OrderBy(CodeOf, StringComparer.Ordinal))
        {
            var inner = feature.Geometry.InteriorPoint;
            var start = new Point(Math.Round(inner.X) - (lengthM / 2), Math.Round(inner.Y));
            var line = new LineString([start.Coordinate, new Coordinate(start.X + lengthM, start.Y)]);
            if (feature.Geometry.Buffer(-1).Contains(line))
            {
                return (CodeOf(feature), start);
            }
        }

        throw new InvalidOperationException("No demo buurt has room for the line.");

        static string CodeOf(NetTopologySuite.Features.IFeature f) => (string)f.Attributes["buurtcode"];
    }
}
