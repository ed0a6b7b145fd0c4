using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>The options of <c>geoopgave indicators list</c>.</summary>
public sealed class IndicatorsListSettings : WorkspaceSettings
{
    [CommandOption("--year <JAAR>")]
    [Description("Alleen dit jaar (standaard: alle jaren).")]
    public int? Year { get; init; }
}
