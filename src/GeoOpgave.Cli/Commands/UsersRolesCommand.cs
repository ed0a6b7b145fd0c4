using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users roles NAAM --role R [--role R2]</c>: replaces the roles of an account.</summary>
public sealed class UsersRolesCommand(IAnsiConsole console) : AsyncCommand<UsersRolesSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        UsersRolesSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserService>()
            .SetRolesAsync(settings.Name, settings.Roles, cancellationToken);
        return UsersResultPrinter.Print(
            console,
            result,
            $"Rollen van {settings.Name}: {string.Join(", ", settings.Roles)}."
        );
    }
}
