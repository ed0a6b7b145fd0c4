using System.Globalization;
using System.Text;
using GeoOpgave.Bench.Workloads;
using NetTopologySuite.IO;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// The PostGIS anchors of BENCHMARKS.md in a database of their own on the test server: W4 (COPY +
/// ST_MakePoint + GiST), W1 (ST_Contains join, 2 parallel workers, points in file order once and
/// clustered on the GiST index) and W2 (union per klasse, subdivided, joined with an ST_CoveredBy shortcut).
/// Loaded tables are reused by later runs of the same scale.
/// </summary>
internal sealed class PostgisAnchors(Psql server, WorkloadFiles files, TextWriter log)
{
    private const string Parallel2 =
        "SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;\n";

    private readonly Psql _db = server.For(
        string.Create(CultureInfo.InvariantCulture, $"geoopgave_bench_{(int)Math.Round(files.Extent.Scale * 1000):D4}")
    );

    public List<Measurement> LoadIfNeeded()
    {
        if (server.Run($"SELECT 1 FROM pg_database WHERE datname = '{_db.Database}';").Output.Trim().Length == 0)
        {
            server.Run($"CREATE DATABASE {_db.Database};");
        }

        var ready = _db.Run(
                "CREATE EXTENSION IF NOT EXISTS postgis; SELECT to_regclass('points_clustered') IS NOT NULL AND to_regclass('zones') IS NOT NULL;"
            )
            .Output.Trim();
        if (ready == "t")
        {
            log.WriteLine($"PostGIS: tabellen in {_db.Database} hergebruikt (W4 niet opnieuw gemeten)");
            return [];
        }

        log.WriteLine($"PostGIS: laden in {_db.Database} …");
        LoadFeatures("buurten", "code", files.BuurtenBin);
        LoadFeatures("zones", "klasse", files.ZonesBin);
        var copy = _db.Run(
            $"DROP TABLE IF EXISTS points_raw; CREATE UNLOGGED TABLE points_raw (x float8, y float8, value int);\n\\copy points_raw FROM '{files.PointsCsv}' WITH (FORMAT csv, HEADER true)\n"
        ).Seconds;
        var make = _db.Run(
            "DROP TABLE IF EXISTS points; CREATE TABLE points AS SELECT ST_SetSRID(ST_MakePoint(x, y), 28992)::geometry(Point, 28992) AS geom, value FROM points_raw;"
        ).Seconds;
        var index = _db.Run("CREATE INDEX points_geom ON points USING gist (geom); ANALYZE points;").Seconds;
        var fileOrder = W1("points", "pg-w1-fileorder.csv");
        var cluster = _db.Run(
            "DROP TABLE IF EXISTS points_clustered; CREATE TABLE points_clustered AS SELECT * FROM points; CREATE INDEX points_clustered_geom ON points_clustered USING gist (geom); CLUSTER points_clustered USING points_clustered_geom; ANALYZE points_clustered; DROP TABLE points_raw;"
        ).Seconds;
        log.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"PostGIS: COPY {copy:F1} s, ST_MakePoint {make:F1} s, GiST {index:F1} s, cluster {cluster:F1} s"
            )
        );
        return
        [
            new Measurement(
                "w4-postgis",
                copy + make + index,
                copy,
                0,
                string.Create(CultureInfo.InvariantCulture, $"COPY {copy:F1} + make {make:F1} + GiST {index:F1} s")
            ),
            fileOrder with
            {
                Workload = "w1-postgis-fileorder",
            },
        ];
    }

    public Measurement W1(string table = "points_clustered", string output = "pg-w1.csv")
    {
        var path = DotnetWorkloads.ResultPath(files, output);
        var (seconds, _) = _db.Run(
            Parallel2
                + "\\pset format unaligned\n\\pset fieldsep ','\n\\pset tuples_only on\n"
                + $"\\o {path}\n"
                + $"SELECT b.code, count(p.geom), coalesce(sum(p.value), 0) FROM buurten b LEFT JOIN {table} p ON ST_Contains(b.geom, p.geom) GROUP BY b.code ORDER BY b.code;\n"
        );
        var total = File.ReadLines(path).Sum(l => long.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        return new Measurement(
            "w1-postgis",
            seconds,
            null,
            0,
            string.Create(CultureInfo.InvariantCulture, $"{total} in buurten (ST_Contains)")
        );
    }

    public Measurement W2()
    {
        var path = DotnetWorkloads.ResultPath(files, "pg-w2.csv");
        var (seconds, _) = _db.Run(
            Parallel2
                + "\\pset format unaligned\n\\pset fieldsep ','\n\\pset tuples_only on\n"
                + "CREATE TEMP TABLE dissolved AS SELECT klasse, ST_Subdivide(d.geom, 256) AS geom FROM (SELECT klasse, (ST_Dump(ST_Union(geom))).geom AS geom FROM zones GROUP BY klasse) d;\n"
                + "CREATE INDEX ON dissolved USING gist (geom); ANALYZE dissolved;\n"
                + $"\\o {path}\n"
                + "SELECT b.code, z.klasse, sum(CASE WHEN ST_CoveredBy(z.geom, b.geom) THEN ST_Area(z.geom) ELSE ST_Area(ST_Intersection(z.geom, b.geom)) END) "
                + "FROM buurten b JOIN dissolved z ON ST_Intersects(b.geom, z.geom) GROUP BY b.code, z.klasse ORDER BY 1, 2;\n"
        );
        var total = File.ReadLines(path).Sum(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture));
        return new Measurement(
            "w2-postgis",
            seconds,
            null,
            0,
            string.Create(CultureInfo.InvariantCulture, $"area {total:F1} m²")
        );
    }

    /// <summary>W3 with PostGIS raster: ST_Clip (pixel-centre rule) + ST_SummaryStatsAgg per buurt, 2 workers; loads
    /// the raster once with raster2pgsql.</summary>
    public Measurement? W3()
    {
        if (_db.Run("SELECT to_regclass('raster_tiles') IS NOT NULL;").Output.Trim() != "t")
        {
            // Debian ships raster2pgsql in the postgis package, which the PostGIS server itself does not need.
            if (!OnPath("raster2pgsql"))
            {
                log.WriteLine("PostGIS-rasteranker overgeslagen: raster2pgsql ontbreekt (apt-get install postgis).");
                return null;
            }

            log.WriteLine("PostGIS: raster laden met raster2pgsql …");
            var load = _db.RunPipe(
                "raster2pgsql",
                [
                    "-s",
                    "28992",
                    "-t",
                    "256x256",
                    "-N",
                    "-9999",
                    "-I",
                    "-Y",
                    "-M",
                    files.RasterTif,
                    "public.raster_tiles",
                ],
                "CREATE EXTENSION IF NOT EXISTS postgis_raster;\n"
            );
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostGIS: raster geladen in {load:F1} s"));
        }

        var path = DotnetWorkloads.ResultPath(files, "pg-w3.csv");
        var (seconds, _) = _db.Run(
            Parallel2
                + "\\pset format unaligned\n\\pset fieldsep ','\n\\pset tuples_only on\n"
                + $"\\o {path}\n"
                + "SELECT code, (s).count, (s).mean, (s).max FROM (SELECT b.code, ST_SummaryStatsAgg(ST_Clip(r.rast, b.geom), 1, true, 1) AS s "
                + "FROM buurten b JOIN raster_tiles r ON ST_Intersects(r.rast, b.geom) GROUP BY b.code) q ORDER BY code;\n"
        );
        var cells = File.ReadLines(path).Sum(l => long.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        return new Measurement(
            "w3-postgis",
            seconds,
            null,
            0,
            string.Create(CultureInfo.InvariantCulture, $"{cells} data cells (ST_Clip)")
        );
    }

    private void LoadFeatures(string table, string keyColumn, string path)
    {
        var tsv = Path.Combine(files.Folder, table + ".tsv");
        var wkb = new WKBWriter();
        using (var writer = new StreamWriter(tsv, false, new UTF8Encoding(false)))
        {
            foreach (var (key, geometry) in FeatureFile.Read(path))
            {
                writer.Write($"{key}\t{Convert.ToHexString(wkb.Write(geometry))}\n");
            }
        }

        _db.Run(
            $"DROP TABLE IF EXISTS {table}_raw, {table}; CREATE UNLOGGED TABLE {table}_raw ({keyColumn} text, wkb text);\n"
                + $"\\copy {table}_raw FROM '{tsv}'\n"
                + $"CREATE TABLE {table} AS SELECT {keyColumn}, ST_SetSRID(ST_GeomFromWKB(decode(wkb, 'hex')), 28992)::geometry(Polygon, 28992) AS geom FROM {table}_raw;\n"
                + $"CREATE INDEX ON {table} USING gist (geom); ANALYZE {table}; DROP TABLE {table}_raw;\n"
        );
        File.Delete(tsv);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
