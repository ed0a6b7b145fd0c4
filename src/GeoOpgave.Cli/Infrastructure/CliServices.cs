using GeoOpgave.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Cli.Infrastructure;

/// <summary>
/// Builds the services of one command with the same configuration as the web host: the command line
/// (<c>--db</c>) wins over the environment (<c>ConnectionStrings__GeoOpgave</c>), which wins over appsettings.json.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? db)
    {
        var services = new ServiceCollection();
        services.AddGeoOpgaveApplication(Configuration(db));
        return services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }
        );
    }

    /// <summary>Runs <paramref name="run"/> in a scope of the services <paramref name="db"/> names.</summary>
    public static async Task<T> InScopeAsync<T>(string? db, Func<IServiceProvider, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var services = Build(db);
        await using var scope = services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }

    public static IConfiguration Configuration(string? db)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(db))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("ConnectionStrings:GeoOpgave", db)]);
        }

        return builder.Build();
    }
}
