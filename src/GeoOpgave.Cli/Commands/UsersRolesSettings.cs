using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>Options of <c>users roles NAAM --role R [--role R2]</c>.</summary>
public class UsersRolesSettings : UsersNameSettings
{
    [CommandOption("--role <ROL>")]
    [Description("Een rol: beheerder, analist, planner of bestuurder. Herhaal --role voor meer rollen.")]
    public string[] Roles { get; init; } = [];
}
