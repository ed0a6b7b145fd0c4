using System.Diagnostics;

namespace GeoOpgave.IO.Tests;

/// <summary>Runs a GDAL command-line tool (ogrinfo, gdalinfo) for the writer tests; tools/test.sh installs
/// gdal-bin.</summary>
internal static class WriterGdalTool
{
    /// <summary>Runs the tool and returns its stdout and stderr together; fails when the tool is missing or exits
    /// non-zero.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var output = stdout + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {output}");
        return output;
    }

    /// <summary>Asserts that a GDAL tool's output carries no warning or error.</summary>
    public static void AssertClean(string output)
    {
        Assert.DoesNotContain("Warning", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", output, StringComparison.Ordinal);
    }
}
