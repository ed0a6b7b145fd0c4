using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>Options every command that opens the workspace shares.</summary>
public class WorkspaceSettings : CommandSettings
{
    [CommandOption("--db <CONNECTION>")]
    [Description(
        "De database: een SQLite-bestand (pad of 'Data Source=…') of een PostgreSQL-verbinding ('Host=…;Database=…'). Standaard het ingebouwde SQLite-bestand."
    )]
    public string? Db { get; init; }

    [CommandOption("--verbose")]
    [Description("Toon bij een fout alle details.")]
    public bool Verbose { get; init; }
}
