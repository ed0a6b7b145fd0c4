using System.ComponentModel;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>The options of <c>geoopgave status</c>.</summary>
public sealed class StatusSettings : WorkspaceSettings
{
    [CommandOption("--year <JAAR>")]
    [Description("De buurtindeling (jaar) om te beoordelen; standaard de nieuwste.")]
    public int? Year { get; init; }

    [CommandOption("--profiel <ID>")]
    [Description("Het profiel; standaard 'standaard'.")]
    public string? Profiel { get; init; }
}
