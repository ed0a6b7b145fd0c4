using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class WerkenSettings : WorkspaceSettings
{
    [CommandOption("--van <JAAR>")]
    [Description("Alleen werken die in of na dit jaar nog lopen.")]
    public int? Van { get; init; }

    [CommandOption("--tot <JAAR>")]
    [Description("Alleen werken die in of voor dit jaar beginnen.")]
    public int? Tot { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de buurtindeling (standaard: het nieuwste).")]
    public int? Year { get; init; }

    [CommandOption("--out <FILE>")]
    [Description(
        "Het uitvoerbestand: .csv (één regel per werk en buurt) of .geojson (WGS84, met de geometrie van het werk)."
    )]
    public string? Out { get; init; }

    [CommandOption("--separator <TEKEN>")]
    [Description("Het scheidingsteken van een CSV: ';' (standaard, met decimale komma) of ','.")]
    public string? Separator { get; init; }

    /// <summary>True for a GeoJSON output, false for CSV.</summary>
    public bool IsGeoJson => Path.GetExtension(Out ?? string.Empty).ToLowerInvariant() is ".geojson" or ".json";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("Geef met --out het uitvoerbestand op, bijvoorbeeld --out werken.csv.");
        }

        if (!IsGeoJson && !string.Equals(Path.GetExtension(Out), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error(
                $"Onbekend uitvoerformaat '{Path.GetExtension(Out)}' bij --out; gebruik .csv of .geojson."
            );
        }

        if (Van is { } van && Tot is { } tot && tot < van)
        {
            return ValidationResult.Error($"--tot {tot} ligt voor --van {van}.");
        }

        return Separator is null or ";" or ","
            ? ValidationResult.Success()
            : ValidationResult.Error($"Het scheidingsteken '{Separator}' wordt niet ondersteund; kies ';' of ','.");
    }
}
