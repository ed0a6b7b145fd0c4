using System.Diagnostics;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// The published <c>geoopgave</c> the benchmark times: the one given with <c>--cli</c>, else this checkout's
/// src/GeoOpgave.Cli published once per bench run (<c>dotnet publish -c Release</c>, as README tells users).
/// </summary>
internal static class CliBinary
{
    public static string Ensure(string? given, string cache, TextWriter log)
    {
        if (given is not null)
        {
            return File.Exists(given)
                ? Path.GetFullPath(given)
                : throw new FileNotFoundException($"--cli {given} does not exist");
        }

        var project = Path.Combine(RepositoryRoot(), "src", "GeoOpgave.Cli");
        var output = Path.Combine(cache, "cli");
        log.WriteLine($"publiceer {project} naar {output} …");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", project, "-c", "Release", "-o", output, "-v:quiet", "-nologo" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("could not start dotnet publish");
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? Path.Combine(output, "geoopgave")
            : throw new InvalidOperationException($"dotnet publish failed: {errors.Result}{text}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeoOpgave.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("GeoOpgave.sln not found above the bench; give the binary with --cli");
    }
}
