using GeoOpgave.Application.Users;
using GeoOpgave.Cli.Infrastructure;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>Prints the outcome of a change to an account and turns it into an exit code.</summary>
internal static class UsersResultPrinter
{
    public static int Print(IAnsiConsole console, UserChangeResult result, string success)
    {
        if (result.Succeeded)
        {
            console.MarkupLine($"[green]{Markup.Escape(success)}[/]");
            return ExitCodes.Success;
        }

        foreach (var issue in result.Issues)
        {
            console.MarkupLine($"[red]Fout:[/] {Markup.Escape(issue)}");
        }

        return ExitCodes.InputRejected;
    }
}
