using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class LayersDeleteSettings : WorkspaceSettings
{
    [CommandArgument(0, "<NAAM>")]
    [Description("De naam van de laag die weg moet.")]
    public string Name { get; init; } = string.Empty;
}
