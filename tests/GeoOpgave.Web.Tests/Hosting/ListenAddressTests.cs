using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GeoOpgave.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace GeoOpgave.Web.Tests.Hosting;

/// <summary>
/// The published web host as a process of its own, with the appsettings.json it ships with, started the ways a
/// container, a systemd unit or an administrator choose its address.
/// </summary>
public sealed class ListenAddressTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-web-tests",
        Guid.NewGuid().ToString("N")
    );

    public ListenAddressTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Start_AspNetCoreUrls_ListensThere()
    {
        var port = FreePort();

        var listening = await StartAndReadAddressAsync(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.Equal($"http://127.0.0.1:{port}", listening);
    }

    [Fact]
    public async Task Start_AspNetCoreHttpPorts_ListensOnThatPort()
    {
        var port = FreePort();

        var listening = await StartAndReadAddressAsync(
            new() { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        );

        Assert.EndsWith($":{port}", listening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UrlsArgument_ListensThere()
    {
        var port = FreePort();

        var listening = await StartAndReadAddressAsync([], "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal($"http://127.0.0.1:{port}", listening);
    }

    [Fact]
    public void IsConfigured_NothingSet_FallsBackToLoopback5080()
    {
        var shipped = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .Build();

        Assert.False(ListenAddress.IsConfigured(shipped));
        Assert.Equal("http://127.0.0.1:5080", ListenAddress.DefaultUrl);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:8080")]
    public void IsConfigured_AnAddressOrPort_IsTrue(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.True(ListenAddress.IsConfigured(configuration));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Waits for Kestrel's "Now listening on:" line and returns its address; the process is ended either way.
    private async Task<string> StartAndReadAddressAsync(
        Dictionary<string, string> environment,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GeoOpgave.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (
            var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" }
        )
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__GeoOpgave"] = $"Data Source={Path.Combine(_folder, "workspace.db")}";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                const string marker = "Now listening on: ";
                if (line.Contains(marker, StringComparison.Ordinal))
                {
                    return line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim();
                }
            }

            throw new InvalidOperationException(
                $"The host ended without listening: {await process.StandardError.ReadToEndAsync(timeout.Token)}"
            );
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
