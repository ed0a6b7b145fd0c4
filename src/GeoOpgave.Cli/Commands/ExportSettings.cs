using System.ComponentModel;
using GeoOpgave.Application.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class ExportSettings : WorkspaceSettings
{
    [CommandOption("--collection <COLLECTIE>")]
    [Description(
        "De collectie: buurten (met analyse), wijken, gemeenten, selecties of laag-NAAM (zie /ogc/collections)."
    )]
    public string? Collection { get; init; }

    [CommandOption("--profiel <PROFIEL>")]
    [Description("Het opgaveprofiel van de buurtenanalyse (standaard: 'standaard'); alleen bij buurten.")]
    public string? Profiel { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de wijk- en buurtindeling of van de laag (standaard: het nieuwste).")]
    public int? Year { get; init; }

    [CommandOption("--out <FILE>")]
    [Description(
        "Het uitvoerbestand: .geojson (WGS84), .csv (zonder geometrie) of .gpkg (RD New; buurten met QGIS-stijl)."
    )]
    public string? Out { get; init; }

    [CommandOption("--separator <TEKEN>")]
    [Description("Het scheidingsteken van een CSV: ';' (standaard, met decimale komma) of ','.")]
    public string? Separator { get; init; }

    /// <summary>The format the extension of <see cref="Out"/> asks for; null when it is not one GeoOpgave
    /// writes.</summary>
    public ExportFormat? Format => ExportFormats.FromPath(Out ?? string.Empty);

    /// <summary>The CSV separator; ';' when none was given.</summary>
    public char SeparatorChar => string.IsNullOrEmpty(Separator) ? ';' : Separator[0];

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Collection))
        {
            return ValidationResult.Error(
                "Geef met --collection op wat u wilt exporteren, bijvoorbeeld --collection buurten."
            );
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("Geef met --out het uitvoerbestand op, bijvoorbeeld --out buurten.gpkg.");
        }

        if (Format is null)
        {
            return ValidationResult.Error(
                $"Onbekend uitvoerformaat '{Path.GetExtension(Out)}' bij --out; gebruik .geojson, .csv of .gpkg."
            );
        }

        return Separator is null or ";" or ","
            ? ValidationResult.Success()
            : ValidationResult.Error($"Het scheidingsteken '{Separator}' wordt niet ondersteund; kies ';' of ','.");
    }
}
