using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave users add NAAM --role R</c>: creates an account. The password is asked twice (hidden) or read from
/// standard input with <c>--password-stdin</c>; there is never a default password.
/// </summary>
public sealed class UsersAddCommand(IAnsiConsole console) : AsyncCommand<UsersAddSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        UsersAddSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        var password = settings.PasswordStdin ? await ReadStdinAsync(cancellationToken) : AskPassword();
        if (password is null)
        {
            return ExitCodes.InputRejected;
        }

        // The password is asked before the workspace is opened, so a refused password never touches the database.
        var result = await CliServices.InScopeAsync(
            settings.Db,
            services => services.GetRequiredService<UserService>()
                .AddAsync(settings.Name, password, settings.Roles, cancellationToken)
        );
        return UsersResultPrinter.Print(
            console,
            result,
            $"Gebruiker toegevoegd: {settings.Name} ({string.Join(", ", settings.Roles)})."
        );
    }

    private static async Task<string?> ReadStdinAsync(CancellationToken cancellationToken) =>
        (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r');

    private string? AskPassword()
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            console.MarkupLine(
                "[red]Fout:[/] geen wachtwoord: dit is geen interactieve terminal. Gebruik [blue]--password-stdin[/]."
            );
            return null;
        }

        var first = console.Prompt(new TextPrompt<string>("Wachtwoord:").Secret());
        var second = console.Prompt(new TextPrompt<string>("Nogmaals:").Secret());
        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            return first;
        }

        console.MarkupLine("[red]Fout:[/] de wachtwoorden zijn niet gelijk; er is niets veranderd.");
        return null;
    }
}
