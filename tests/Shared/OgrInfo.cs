using System.ComponentModel;
using System.Diagnostics;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// Runs GDAL's ogrinfo (gdal-bin; tools/test.sh installs it). A missing ogrinfo fails the test, never skips it. Linked
/// into the test projects that check files or the API with GDAL (tests/Shared).
/// </summary>
internal static class OgrInfo
{
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogrinfo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("ogrinfo did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("ogrinfo is not installed (Debian: apt-get install gdal-bin).", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = await stdout + await stderr;
            Assert.True(process.ExitCode == 0, $"ogrinfo exited with {process.ExitCode}: {output}");
            return output;
        }
    }

    /// <summary>Asserts that ogrinfo's output carries no warning or error.</summary>
    public static void AssertClean(string output)
    {
        Assert.DoesNotContain("Warning", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", output, StringComparison.Ordinal);
    }
}
