using GeoOpgave.Application;
using GeoOpgave.Application.Selecties;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>One workspace for the export tests: the demo, the demo's flooding zones imported as a layer and a
/// selectie.</summary>
public sealed class ExportWorkspaceFixture : IAsyncLifetime
{
    private readonly TempWorkspace _workspace = new();

    public string Db => _workspace.Db;

    public string PathOf(string name) => _workspace.PathOf(name);

    public async Task InitializeAsync()
    {
        await CliRun.RunAsync("demo", "--db", Db);
        var zones = Path.Combine(AppContext.BaseDirectory, "data", "demo", "wateroverlast_zones_demodam.geojson");
        var (exitCode, output) = await CliRun.RunAsync("import", zones, "--name", "Water Zones", "--db", Db);
        Assert.True(exitCode == 0, output);

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:GeoOpgave", Db)])
            .Build();
        await using var services = new ServiceCollection()
            .AddGeoOpgaveApplication(configuration)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SelectieService>()
            .CreateAsync(new SelectieInput("Oost", "eerst aanpakken", ["WK999900"], null), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }
}
