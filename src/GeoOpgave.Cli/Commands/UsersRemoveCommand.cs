using GeoOpgave.Application.Users;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users remove NAAM</c>: removes an account; exit 2 when there is no such account.</summary>
public sealed class UsersRemoveCommand(IAnsiConsole console) : WorkspaceCommand<UsersNameSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        UsersNameSettings settings,
        CancellationToken cancellationToken
    )
    {
        var result = await services
            .GetRequiredService<UserService>()
            .RemoveAsync(settings.Name, cancellationToken);
        return UsersResultPrinter.Print(console, result, $"Gebruiker verwijderd: {settings.Name}.");
    }
}
