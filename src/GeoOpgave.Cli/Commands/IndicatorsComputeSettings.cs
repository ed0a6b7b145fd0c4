using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>The options of <c>geoopgave indicators compute</c>.</summary>
public sealed class IndicatorsComputeSettings : WorkspaceSettings
{
    [CommandOption("--engine <ENGINE>")]
    [Description(
        "dotnet of postgis (alleen met een PostgreSQL-werkruimte: rekent in de database). Standaard postgis in een PostgreSQL-werkruimte, anders dotnet."
    )]
    public string? Engine { get; init; }

    [CommandOption("--profiel <PROFIEL>")]
    [Description("Het profiel waarvan de indicatorcatalogus de definities geeft (standaard: 'standaard').")]
    public string? Profiel { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de buurten (standaard: het nieuwste).")]
    public int? Year { get; init; }

    [CommandOption("--indicator <ID>")]
    [Description("Alleen deze indicator (herhaalbaar); standaard elke gedefinieerde.")]
    public string[] Indicators { get; init; } = [];

    public override ValidationResult Validate() => Engine is null or "dotnet" or "postgis"
        ? ValidationResult.Success()
        : ValidationResult.Error($"Onbekende --engine '{Engine}'; gebruik dotnet of postgis.");
}
