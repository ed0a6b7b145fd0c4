using System.Globalization;
using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users</c> (or <c>users list</c>): lists the accounts with their roles.</summary>
public sealed class UsersCommand(IAnsiConsole console) : AsyncCommand<WorkspaceSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserService>().ListAsync(cancellationToken);
        if (users.Count == 0)
        {
            console.MarkupLine(
                "Er zijn nog geen accounts (lokale modus). Maak de eerste beheerder met [blue]geoopgave users add NAAM --role beheerder[/]."
            );
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("Gebruiker").AddColumn("Rollen").AddColumn("Geblokkeerd tot");
        foreach (var user in users)
        {
            table.AddRow(
                Markup.Escape(user.Name),
                string.Join(", ", user.Roles),
                user.LockedOutUntil?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-");
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
