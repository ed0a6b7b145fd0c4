using System.Globalization;

namespace GeoOpgave.Bench;

/// <summary>The command line of the benchmark.</summary>
internal sealed record BenchOptions(
    double Scale,
    string Cache,
    int Runs,
    string[] Only,
    bool Postgis,
    string? Measure,
    string? Cli = null
)
{
    public const string Usage =
        "GeoOpgave.Bench [--scale 1] [--cache /tmp/geoopgave-bench] [--runs 3] [--only w1,w2,w3,w4,w5,w6|w6-paint] [--no-postgis] [--cli PATH]\n"
        + "  generates the BENCHMARKS.md workloads (seeded, cached), runs the .NET engine and the PostGIS anchors\n"
        + "  (when GEOOPGAVE_TEST_PG is set: source tools/postgis.sh) and prints times, ratios, memory and agreement.\n"
        + "  W1–W3 time the published geoopgave (--cli, else src/GeoOpgave.Cli published into the cache) as a child process.";

    public static BenchOptions? Parse(string[] args)
    {
        var (scale, cache, runs, only, postgis, measure, cli) = (
            1.0,
            "/tmp/geoopgave-bench",
            3,
            new[] { "w1", "w2", "w3", "w5" },
            true,
            (string?)null,
            (string?)null
        );
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--scale": scale = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--cache": cache = Next(); break;
                case "--runs": runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--only": only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries); break;
                case "--no-postgis": postgis = false; break;
                case "measure": measure = Next(); break;
                case "--cli": cli = Next(); break;
                default: return null;
            }
        }

        return scale is > 0 and <= 1 && runs >= 1
            ? new BenchOptions(scale, cache, runs, only, postgis, measure, cli)
            : null;
    }
}
