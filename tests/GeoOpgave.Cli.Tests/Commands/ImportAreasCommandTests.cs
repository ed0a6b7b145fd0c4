using System.Globalization;
using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace GeoOpgave.Cli.Tests.Commands;

public class ImportAreasCommandTests
{
    [Fact]
    public async Task ImportAsAreas_CbsGeoPackage_ReplacesAreasAndAnalyseWorks()
    {
        using var folder = new TempWorkspace();
        var kaart = folder.PathOf("wijkenbuurten_2023.gpkg");
        CbsGpkg.Build(kaart);
        var output = folder.PathOf("overlap.geojson");

        var (exitCode, text) = await CliRun.RunAsync("import", kaart, "--as-areas", "--db", folder.Db);
        var analyse = await CliRun.RunAsync("analyse", "--db", folder.Db, "--out", output);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 gemeente, 1 wijk, 4 buurten", text, StringComparison.Ordinal);
        Assert.Contains("Geïmporteerd: gebieden (6)", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var codes = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("buurtcode").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["BU03630000", "BU03630001", "BU03630002", "BU03630003"], codes);
    }

    [Fact]
    public async Task ImportAsAreas_AfterDemo_ReplacesOnlyThatYearsAreas()
    {
        using var folder = new TempWorkspace();
        var kaart = folder.PathOf("wijkenbuurten_2024.gpkg");
        CbsGpkg.Build(kaart, year: 2024);
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (exitCode, imported) = await CliRun.RunAsync("import", kaart, "--as-areas", "--db", folder.Db);
        var analyse = await CliRun.RunAsync(
            "analyse",
            "--db",
            folder.Db,
            "--year",
            "2024",
            "--out",
            folder.PathOf("uit.geojson")
        );
        var layers = await CliRun.RunAsync("layers", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        var text = await File.ReadAllTextAsync(folder.PathOf("uit.geojson"));
        Assert.Contains("BU03630000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BU9999", text, StringComparison.Ordinal);
        // Demodam's layers and plans go with its areas: its works would stand in the real gemeente's planning.
        Assert.Contains(
            "De lagen en plannen van de demogemeente Demodam zijn verwijderd: energielabels_demodam",
            System.Text.RegularExpressions.Regex.Replace(imported, @"\s+", " "),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("demodam", layers.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportAsAreas_YearOutsideTheRange_ExitTwoAndNothingImported()
    {
        using var folder = new TempWorkspace();
        var kaart = folder.PathOf("wijkenbuurten_2024.gpkg");
        CbsGpkg.Build(kaart, year: 2024);

        var (exitCode, text) = await CliRun.RunAsync("import", kaart, "--as-areas", "--year", "3000", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("YearOutOfRange", text, StringComparison.Ordinal);
        Assert.Contains("Import afgewezen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsAreas_FileWithoutCbsCodes_ExitTwoAndDemoUntouched()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("geen-cbs.geojson");
        await File.WriteAllTextAsync(
            path,
            """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[{"type":"Feature","properties":{"naam":"x"},"geometry":{"type":"Polygon","coordinates":[[[155000,463000],[155100,463000],[155100,463100],[155000,463000]]]}}]}"""
        );
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--as-areas", "--db", folder.Db);
        var analyse = await CliRun.RunAsync("analyse", "--db", folder.Db, "--out", folder.PathOf("uit.geojson"));

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("MissingField", text, StringComparison.Ordinal);
        Assert.Contains("Import afgewezen", text, StringComparison.Ordinal);
        Assert.Contains("BU9999", await File.ReadAllTextAsync(folder.PathOf("uit.geojson")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
    }

    [Fact]
    public async Task ImportAsAreas_WithCodeColumn_IsAUsageError()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            folder.PathOf("k.gpkg"),
            "--as-areas",
            "--code-column",
            "code",
            "--db",
            folder.Db
        );

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--as-areas", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsAreas_Gemeente_ReadsThatGemeenteOrRefusesWhenTheFileHasNone()
    {
        using var folder = new TempWorkspace();
        var kaart = folder.PathOf("wijkenbuurten_2024.gpkg");
        CbsGpkg.Build(kaart, year: 2024);
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var elsewhere = await CliRun.RunAsync("import", kaart, "--as-areas", "--gemeente", "GM0308", "--db", folder.Db);
        var status = await CliRun.RunAsync("status", "--db", folder.Db);
        var own = await CliRun.RunAsync("import", kaart, "--as-areas", "--gemeente", "gm0363,GM0308", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, elsewhere.ExitCode);
        Assert.Contains("geen gebieden van GM0308; wel van 1 andere, zoals GM0363", elsewhere.Output, StringComparison.Ordinal);
        // Refused: the demo's 48 buurten are still the workspace.
        Assert.Contains("buurtindeling 2024: 48", status.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, own.ExitCode);
        Assert.Contains("Geïmporteerd: gebieden (6)", own.Output, StringComparison.Ordinal);
        Assert.Contains("geen gebieden van GM0308; alleen van GM0363", own.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0308", true)]
    [InlineData("BU03080000", true)]
    [InlineData("GM0308", false)]
    public async Task Import_GemeenteThatIsNoCodeOrWithoutAsAreas_IsAUsageError(string gemeente, bool asAreas)
    {
        using var folder = new TempWorkspace();
        string[] args = ["import", folder.PathOf("k.gpkg"), "--gemeente", gemeente, "--db", folder.Db];

        var (exitCode, text) = await CliRun.RunAsync(asAreas ? [.. args, "--as-areas"] : args);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains(asAreas ? $"'{gemeente}' is geen gemeentecode" : "--gemeente hoort bij --as-areas", text,
            StringComparison.Ordinal);
    }

    /// <summary>A PDOK-style wijk- en buurtkaart: one gemeente, one wijk and a 2×2 grid of buurten around Amersfoort,
    /// in RD New.</summary>
    internal static class CbsGpkg
    {
        public static void Build(string path, int year = 2023)
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Execute(connection, """
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
                  last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
                CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
                INSERT INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'undefined', NULL);
                """
            );
            Layer(
                connection,
                "gemeenten",
                "gemeentecode TEXT, gemeentenaam TEXT, jaar INTEGER",
                [
                    [
                        "POLYGON ((155000 463000, 157000 463000, 157000 465000, 155000 465000, 155000 463000))",
                        "GM0363",
                        "Amsterdam",
                        year,
                    ],
                ]
            );
            Layer(
                connection,
                "wijken",
                "wijkcode TEXT, wijknaam TEXT, gemeentecode TEXT, jaar INTEGER",
                [
                    [
                        "POLYGON ((155000 463000, 157000 463000, 157000 465000, 155000 465000, 155000 463000))",
                        "WK036300",
                        "Centrum",
                        "GM0363",
                        year,
                    ],
                ]
            );
            var buurten = Enumerable
                .Range(0, 4)
                .Select(i =>
                    new object[]
                    {
                        Square(155000 + (i % 2 * 1000), 463000 + (i / 2 * 1000)),
                        $"BU0363000{i}",
                        $"Buurt {i}",
                        "WK036300",
                        "GM0363",
                        year,
                        1000 + (i * 100),
                        i == 3 ? -99997 : 250 + (i * 10),
                    }
                )
                .ToArray();
            Layer(
                connection,
                "buurten",
                "buurtcode TEXT, buurtnaam TEXT, wijkcode TEXT, gemeentecode TEXT, jaar INTEGER, aantal_inwoners INTEGER, gemiddelde_woningwaarde INTEGER",
                buurten
            );
        }

        private static string Square(int x, int y) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"POLYGON (({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, {x} {y + 1000}, {x} {y}))"
            );

        private static void Layer(SqliteConnection connection, string table, string columns, object[][] rows)
        {
            Execute(connection, $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, {columns})");
            Execute(
                connection,
                $"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{table}', 'features', '{table}', 28992)"
            );
            Execute(
                connection,
                $"INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', 'MULTIPOLYGON', 28992, 0, 0)"
            );
            var names = columns.Split(',').Select(c => c.Trim().Split(' ')[0]).ToArray();
            foreach (var row in rows)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText =
                    $"INSERT INTO {table} (geom, {string.Join(", ", names)}) VALUES ({string.Join(", ", Enumerable.Range(0, row.Length).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
                var geometry = new WKTReader().Read((string)row[0]);
                geometry.SRID = 28992;
                insert.Parameters.AddWithValue("$p0", new GeoPackageGeoWriter().Write(geometry));
                for (var i = 1; i < row.Length; i++)
                {
                    insert.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), row[i]);
                }

                insert.ExecuteNonQuery();
            }
        }

        private static void Execute(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
