using System.Diagnostics;
using System.Globalization;
using GeoOpgave.Bench.Measure;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Bench.Map;

/// <summary>
/// W6: the first analysis after a write. An analist imports an indicator table for every buurt with the published CLI
/// while the web app runs; the next <c>GET /api/analyses</c> answers from a fresh analysis. Timed is that request,
/// median of three imports after a first one that is reported apart: a server that has run for a while has compiled
/// these paths (target: &lt; 300 ms for 14,000 buurten).
/// </summary>
internal static class AnalysisAfterImport
{
    private const int Rounds = 3;

    public static Measurement Run(string cli, string db, string connection, Uri app, TextWriter output)
    {
        var table = Path.Combine(Path.GetDirectoryName(db)!, "w6-tabel.csv");
        WriteTable(db, table);
        using var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromMinutes(2) };
        Get(client);
        var seconds = new List<double>();
        for (var round = 0; round <= Rounds; round++)
        {
            TimedProcess.Run(
                cli,
                [
                    "import",
                    table,
                    "--code-column",
                    "buurtcode",
                    "--year",
                    "2024",
                    "--name",
                    $"w6_tabel_{round}",
                    "--db",
                    connection,
                ]
            );
            var clock = Stopwatch.StartNew();
            Get(client);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        var first = seconds[0];
        var later = seconds.Skip(1).Order().ToList();
        var median = later[Rounds / 2];
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| eerste analyse na import van een tabel (mediaan van {Rounds}; de eerste import na de start apart) | {median * 1000:F0} ms | "
                    + $"{string.Join(" / ", later.Select(s => (s * 1000).ToString("F0", CultureInfo.InvariantCulture)))} ms; eerste {first * 1000:F0} ms | < 300 ms |"
            )
        );
        return new Measurement(
            "w6-analysis-after-import",
            median,
            null,
            0,
            "GET /api/analyses na geoopgave import van één tabel"
        );
    }

    private static void Get(HttpClient client)
    {
        using var response = client.GetAsync(new Uri("/api/analyses", UriKind.Relative)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
    }

    // One figure per buurt of the workspace, seeded, as a gemeente's own table would bring it.
    private static void WriteTable(string db, string path)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT code FROM areas WHERE level = 'Buurt' ORDER BY code";
        using var reader = command.ExecuteReader();
        var random = new Random(17);
        using var writer = new StreamWriter(path);
        writer.WriteLine("buurtcode;percentage_huishoudens_onder_of_rond_sociaal_minimum");
        while (reader.Read())
        {
            writer.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)};{random.NextDouble() * 25:F1}")
            );
        }
    }
}
