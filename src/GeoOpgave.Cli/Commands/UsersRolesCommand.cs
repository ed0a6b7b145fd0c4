using GeoOpgave.Application.Users;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users roles NAAM --role R [--role R2]</c>: replaces the roles of an account.</summary>
public sealed class UsersRolesCommand(IAnsiConsole console) : WorkspaceCommand<UsersRolesSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        UsersRolesSettings settings,
        CancellationToken cancellationToken
    )
    {
        var result = await services.GetRequiredService<UserService>()
            .SetRolesAsync(settings.Name, settings.Roles, cancellationToken);
        return UsersResultPrinter.Print(
            console,
            result,
            $"Rollen van {settings.Name}: {string.Join(", ", settings.Roles)}."
        );
    }
}
