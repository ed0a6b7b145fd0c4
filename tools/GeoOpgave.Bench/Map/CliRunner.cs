using System.Diagnostics;

namespace GeoOpgave.Bench.Map;

/// <summary>Runs the built CLI (<c>dotnet run --no-build</c>) in the repository; throws with its output when it fails.</summary>
internal static class CliRunner
{
    /// <returns>The wall time in seconds and the last lines of its output.</returns>
    public static (double Seconds, string Tail) Run(string repository, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "run", "--project", "src/GeoOpgave.Cli", "-c", "Release", "--no-build", "--" }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"geoopgave {string.Join(' ', arguments)} faalde ({process.ExitCode}): {stdout.Result}{stderr.Result}");
        }

        var tail = string.Join(" / ", (stdout.Result + stderr.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
        return (seconds, tail);
    }
}
