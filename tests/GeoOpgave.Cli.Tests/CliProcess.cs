using System.Diagnostics;
using System.Text;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests;

/// <summary>
/// Runs <c>geoopgave</c> as a real child process (the built geoopgave.dll under <c>dotnet</c>), for what only a process
/// shows: its peak memory, its wall time, and what a SIGKILL leaves behind.
/// </summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ExitCodes).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Runs to the end (killed after <paramref name="timeout"/>) and returns the exit code (-1 when killed), what it
    /// printed, the wall time and the peak resident memory (the kernel's high-water mark, read until the exit).
    /// </summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed, long PeakBytes)> RunAsync(
        TimeSpan timeout,
        params string[] args
    )
    {
        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Start(args);
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.HasExited)
        {
            if (clock.Elapsed > timeout)
            {
                process.Kill();
                await process.WaitForExitAsync();
                return (-1, output.ToString(), clock.Elapsed, peak);
            }

            peak = Math.Max(peak, PeakOf(process));
            await Task.Delay(10);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, output.ToString(), clock.Elapsed, peak);
    }

    private static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
