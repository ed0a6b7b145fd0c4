using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeoOpgave.Bench.Measure;

/// <summary>Runs one .NET workload in a fresh child process (clean JIT, GC and peak memory) and reads back its
/// measurement.</summary>
internal static class ChildRunner
{
    public const string Marker = "MEASUREMENT ";

    public static Measurement Run(string workload, double scale, string cache)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(ChildRunner).Assembly.Location);
        }

        foreach (
            var arg in new[]
            {
                "measure",
                workload,
                "--scale",
                scale.ToString(CultureInfo.InvariantCulture),
                "--cache",
                cache,
            }
        )
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start child");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"{workload} failed (exit {process.ExitCode}): {errors.Result}{output}"
            );
        return JsonSerializer.Deserialize<Measurement>(line[Marker.Length..])!;
    }

    public static void Report(Measurement measurement) =>
        Console.WriteLine(Marker + JsonSerializer.Serialize(measurement));
}
