using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class AnalyseSettings : WorkspaceSettings
{
    [CommandOption("--profiel <PROFIEL>")]
    [Description("Het opgaveprofiel (standaard: 'standaard').")]
    public string? Profiel { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de wijk- en buurtindeling (standaard: het nieuwste).")]
    public int? Year { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Het uitvoerbestand (.geojson).")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("Geef met --out het uitvoerbestand op, bijvoorbeeld --out overlap.geojson.");
        }

        var extension = Path.GetExtension(Out).ToUpperInvariant();
        return extension is ".GEOJSON" or ".JSON"
            ? ValidationResult.Success()
            : ValidationResult.Error($"Onbekend uitvoerformaat '{Path.GetExtension(Out)}'; gebruik .geojson.");
    }
}
