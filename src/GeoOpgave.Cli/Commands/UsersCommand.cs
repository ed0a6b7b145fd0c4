using System.Globalization;
using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave users</c> (or <c>users list</c>): lists the accounts with their roles.</summary>
public sealed class UsersCommand(IAnsiConsole console) : WorkspaceCommand<WorkspaceSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        var users = await services.GetRequiredService<UserService>().ListAsync(cancellationToken);
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
