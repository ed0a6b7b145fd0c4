using System.Diagnostics;

namespace GeoOpgave.Bench.Map;

/// <summary>
/// The real GeoOpgave web app (Release, already built) on loopback, started with <c>dotnet run --no-build</c>
/// against one workspace database; disposing stops it (this process tree only).
/// </summary>
internal sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;

    private WebAppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<WebAppProcess> StartAsync(
        string repository,
        string connectionString,
        int port,
        TextWriter log
    )
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (
            var a in new[]
            {
                "run",
                "--project",
                "src/GeoOpgave.Web",
                "-c",
                "Release",
                "--no-build",
                "--",
                "--urls",
                baseAddress.ToString().TrimEnd('/'),
            }
        )
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ConnectionStrings__GeoOpgave"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                log.WriteLine("web: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new WebAppProcess(process, baseAddress);
        try
        {
            await app.WaitUntilReadyAsync(log);
            return app;
        }
        catch
        {
            // Nobody else holds the app yet: without this a failed start leaves it running on the port.
            app.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TextWriter log)
    {
        // The first /api/buurten runs the whole analysis of 14,000 buurten, which on a busy machine takes longer than
        // 30 s.
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"de web-app stopte met code {_process.ExitCode}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/api/buurten", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    log.WriteLine($"web-app klaar na {clock.Elapsed.TotalSeconds:F1} s ({BaseAddress})");
                    return;
                }

                log.WriteLine($"/api/buurten: {(int)response.StatusCode}");
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("de web-app antwoordde niet binnen 3 minuten op /api/buurten");
    }
}
