using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users remove NAAM</c>: removes an account; exit 2 when there is no such account.</summary>
public sealed class UsersRemoveCommand(IAnsiConsole console) : AsyncCommand<UsersNameSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        UsersNameSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var result = await scope
            .ServiceProvider.GetRequiredService<UserService>()
            .RemoveAsync(settings.Name, cancellationToken);
        return UsersResultPrinter.Print(console, result, $"Gebruiker verwijderd: {settings.Name}.");
    }
}
