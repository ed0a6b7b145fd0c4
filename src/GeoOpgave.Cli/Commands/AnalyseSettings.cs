using System.ComponentModel;
using GeoOpgave.Application.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class AnalyseSettings : WorkspaceSettings
{
    [CommandOption("--profiel <PROFIEL>")]
    [Description("Het opgaveprofiel (standaard: 'standaard').")]
    public string? Profiel { get; init; }

    [CommandOption("--compare <PROFIEL>")]
    [Description(
        "Vergelijk met dit tweede profiel: de uitvoer krijgt per buurt overlap en prioriteit in beide en de verschillen."
    )]
    public string? Compare { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de wijk- en buurtindeling (standaard: het nieuwste).")]
    public int? Year { get; init; }

    [CommandOption("--out <FILE>")]
    [Description(
        "Het uitvoerbestand: .geojson (WGS84), .csv (zonder geometrie, ';' en decimale komma) of .gpkg (RD New)."
    )]
    public string? Out { get; init; }

    [CommandOption("--diagnose")]
    [Description(
        "Toon de diagnose van het profiel: aandeel urgente buurten per opgave, overlap tegenover toeval en waarschuwingen. Zonder --out wordt niets geschreven."
    )]
    public bool Diagnose { get; init; }

    /// <summary>The format the extension of <see cref="Out"/> asks for; null when it is not one GeoOpgave
    /// writes.</summary>
    public ExportFormat? Format => Path.GetExtension(Out ?? string.Empty).ToUpperInvariant() switch
    {
        ".GEOJSON" or ".JSON" => ExportFormat.GeoJson,
        ".CSV" => ExportFormat.Csv,
        ".GPKG" => ExportFormat.GeoPackage,
        _ => null,
    };

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return Diagnose && Compare is null
                ? ValidationResult.Success()
                : ValidationResult.Error(
                    "Geef met --out het uitvoerbestand op, bijvoorbeeld --out overlap.geojson (of alleen --diagnose)."
                );
        }

        if (Compare is not null && string.IsNullOrWhiteSpace(Compare))
        {
            return ValidationResult.Error("Geef met --compare het profiel op om mee te vergelijken.");
        }

        return Format is null
            ? ValidationResult.Error(
                $"Onbekend uitvoerformaat '{Path.GetExtension(Out)}' bij --out; gebruik .geojson, .csv of .gpkg."
            )
            : ValidationResult.Success();
    }
}
