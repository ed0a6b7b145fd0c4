using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>Options of the <c>users</c> subcommands that name one account.</summary>
public class UsersNameSettings : WorkspaceSettings
{
    [CommandArgument(0, "<NAAM>")]
    [Description("De gebruikersnaam.")]
    public string Name { get; init; } = string.Empty;
}
