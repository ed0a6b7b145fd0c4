using System.Diagnostics;
using System.Globalization;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Runs a program as a child process the way a user starts it and takes its wall time, CPU time (user + system)
/// and peak RSS from <c>/usr/bin/time</c>; without it, only the wall time.
/// </summary>
internal static class TimedProcess
{
    private const string Time = "/usr/bin/time";

    public static bool CanMeasureMemory => File.Exists(Time);

    public static (double Seconds, double? CpuSeconds, long PeakBytes, string Output) Run(
        string program,
        IEnumerable<string> args
    )
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo(CanMeasureMemory ? Time : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (CanMeasureMemory)
        {
            foreach (var a in new[] { "-f", "%e %U %S %M", "-o", report, program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)} failed (exit {process.ExitCode}): {errors.Result}{output}"
            );
        }

        var fields = CanMeasureMemory ? File.ReadAllLines(report).Last().Split(' ') : [];
        File.Delete(report);
        if (fields.Length < 4)
        {
            return (wall, null, 0, output);
        }

        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return (Number(0), Number(1) + Number(2), (long)Number(3) * 1024, output);
    }
}
