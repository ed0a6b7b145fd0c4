using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>The options of <c>geoopgave indicators bind</c>.</summary>
public sealed class IndicatorsBindSettings : WorkspaceSettings
{
    [CommandArgument(0, "<KOPPELING>")]
    [Description(
        "ID=UITDRUKKING voor een tabel (bv. percentage_leegstand_woningen=\"100 - bewoond_percentage\"), of alleen ID voor een vector- of rasterlaag. Herhaalbaar."
    )]
    public string[] Bindings { get; init; } = [];

    [CommandOption("--layer <LAAG>")]
    [Description("De geladen laag die de indicator vult ('geoopgave layers' toont ze).")]
    public string? Layer { get; init; }

    [CommandOption("--mask <LAAG>")]
    [Description(
        "Bij een raster: een vlakkenlaag (bv. het bebouwd gebied) die elke buurt beperkt tot het deel erbinnen, voor 'aandeel van het bebouwd gebied met PET ≥ 35 °C'."
    )]
    public string? Mask { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Layer) ? ValidationResult.Error("Geef met --layer de laag op die de indicator vult.")
        : Bindings.Length == 0
            ? ValidationResult.Error(
                "Geef minstens één koppeling op, bijvoorbeeld gemiddeld_gasverbruik_totaal=aardgas_m3."
            )
        : ValidationResult.Success();
}
