using System.Diagnostics;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Runs SQL through psql against the server of an Npgsql connection string (GEOOPGAVE_TEST_PG), timing
/// the whole script by wall clock (a connection costs a few milliseconds, well below what is measured).
/// </summary>
internal sealed class Psql
{
    private readonly Dictionary<string, string> _parts;

    public Psql(string connectionString, string? database = null)
    {
        _parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        Database = database ?? _parts.GetValueOrDefault("DATABASE", "postgres");
    }

    public string Database { get; }

    public Psql For(string database) => new(string.Join(';', _parts.Select(p => $"{p.Key}={p.Value}")), database);

    /// <summary>Runs <paramref name="program"/> and feeds its standard output, after <paramref name="preamble"/>, to
    /// psql; returns the seconds.</summary>
    public double RunPipe(string program, string[] arguments, string preamble)
    {
        var script = Path.GetTempFileName();
        try
        {
            var producer = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in arguments)
            {
                producer.ArgumentList.Add(arg);
            }

            var watch = Stopwatch.StartNew();
            using (var writer = new StreamWriter(script))
            using (
                var process = Process.Start(producer) ?? throw new InvalidOperationException($"{program} did not start")
            )
            {
                var errors = process.StandardError.ReadToEndAsync();
                writer.Write(preamble);
                writer.Flush();
                process.StandardOutput.BaseStream.CopyTo(writer.BaseStream);
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{program} failed: {errors.Result}");
                }
            }

            return watch.Elapsed.TotalSeconds + RunFile(script).Seconds;
        }
        finally
        {
            File.Delete(script);
        }
    }

    public (double Seconds, string Output) Run(string sql)
    {
        var script = Path.GetTempFileName();
        File.WriteAllText(script, sql);
        try
        {
            return RunFile(script);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private (double Seconds, string Output) RunFile(string script)
    {
        var start = new ProcessStartInfo("psql") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var arg in new[]
            {
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                _parts.GetValueOrDefault("HOST", "127.0.0.1"),
                "-p",
                _parts.GetValueOrDefault("PORT", "5432"),
                "-U",
                _parts.GetValueOrDefault("USERNAME", "postgres"),
                "-d",
                Database,
                "-f",
                script,
            }
        )
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGPASSWORD"] = _parts.GetValueOrDefault("PASSWORD", string.Empty);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        return process.ExitCode == 0
            ? (seconds, output)
            : throw new InvalidOperationException($"psql failed: {errors.Result}");
    }
}
