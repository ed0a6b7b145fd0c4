using GeoOpgave.Application.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests;

/// <summary>A SQLite workspace with the demo loaded once for a test class, removed afterwards.</summary>
public sealed class DemoWorkspaceFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geoopgave-app-").FullName;

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new("ConnectionStrings:GeoOpgave", $"Data Source={Path.Combine(_folder, "demo.db")};Pooling=False"),
            ])
            .Build();
        Services = new ServiceCollection().AddGeoOpgaveApplication(configuration).BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
