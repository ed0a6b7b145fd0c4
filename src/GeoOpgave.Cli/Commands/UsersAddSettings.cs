using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>Options of <c>users add NAAM --role R [--role R2] [--password-stdin]</c>.</summary>
public sealed class UsersAddSettings : UsersRolesSettings
{
    [CommandOption("--password-stdin")]
    [Description("Lees het wachtwoord van standaardinvoer (eerste regel) in plaats van het te vragen.")]
    public bool PasswordStdin { get; init; }
}
