using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>The options of <c>geoopgave aggregate</c>; it works on files only, without a workspace.</summary>
public sealed class AggregateSettings : CommandSettings
{
    public static readonly string[] KnownStats =
    [
        "count",
        "sum",
        "mean",
        "min",
        "max",
        "area",
        "share",
        "length",
        "coverage",
    ];

    [CommandOption("--areas <FILE>")]
    [Description("De gebieden: .gpkg, .geojson, .shp of .shp.zip (in RD New, WGS84 of Web Mercator).")]
    public string? Areas { get; init; }

    [CommandOption("--area-layer <LAAG>")]
    [Description("De laag in het GeoPackage met de gebieden (standaard: de enige laag, of 'buurten').")]
    public string? AreaLayer { get; init; }

    [CommandOption("--area-code-field <VELD>")]
    [Description("Het veld met de gebiedscode (standaard: buurtcode, wijkcode, gemeentecode, statcode of code).")]
    public string? AreaCodeField { get; init; }

    [CommandOption("--layer <FILE>")]
    [Description(
        "De laag om te aggregeren: punten (.csv, .gpkg, .geojson, .shp), lijnen, vlakken of een raster (.tif)."
    )]
    public string? Layer { get; init; }

    [CommandOption("-x|--x-column <KOLOM>")]
    [Description(
        "De x- of lengtegraadkolom van een CSV (standaard: geraden). Spectre kent geen lange optie van één letter, dus -x, niet --x."
    )]
    public string? X { get; init; }

    [CommandOption("-y|--y-column <KOLOM>")]
    [Description("De y- of breedtegraadkolom van een CSV (standaard: geraden).")]
    public string? Y { get; init; }

    [CommandOption("--crs <EPSG>")]
    [Description("Het coördinatenstelsel van de laag als het bestand het niet zegt, bijv. EPSG:28992.")]
    public string? Crs { get; init; }

    [CommandOption("--stat <STATS>")]
    [Description("Statistieken, komma-gescheiden: count, sum, mean, min, max, area, share, length, coverage.")]
    public string? Stat { get; init; }

    [CommandOption("--field <VELD>")]
    [Description("Het numerieke veld voor sum, mean, min en max.")]
    public string? Field { get; init; }

    [CommandOption("--class-field <VELD>")]
    [Description("Een veld met klassen: één rij per gebied en klasse.")]
    public string? ClassField { get; init; }

    [CommandOption("--coverage <MODUS>")]
    [Description("Raster: exact (celdeel binnen het gebied, standaard) of centre (celmiddelpunt).")]
    public string Coverage { get; init; } = "exact";

    [CommandOption("--threshold <WAARDE>")]
    [Description("Raster: share is het aandeel van het oppervlak met data op of boven deze waarde.")]
    public double? Threshold { get; init; }

    [CommandOption("--below")]
    [Description("Raster: share telt waarden onder --threshold in plaats van erboven.")]
    public bool Below { get; init; }

    [CommandOption("--engine <ENGINE>")]
    [Description(
        "dotnet (standaard) of postgis: dezelfde berekening in PostGIS, op tijdelijke tabellen in de database van --db. Een raster rekent altijd in .NET."
    )]
    public string Engine { get; init; } = "dotnet";

    [CommandOption("--db <CONNECTION>")]
    [Description(
        "Met --engine postgis: de PostgreSQL-database met PostGIS ('Host=…;Database=…'); standaard ConnectionStrings__GeoOpgave. Er blijft niets achter."
    )]
    public string? Db { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Het uitvoerbestand (.csv).")]
    public string? Out { get; init; }

    [CommandOption("--verbose")]
    [Description("Toon bij een fout alle details.")]
    public bool Verbose { get; init; }

    // Asked for once per output row: parsed once (the option is init-only).
    public IReadOnlyList<string> Stats =>
        field ??= (Stat ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Distinct()
            .ToArray();

    public override ValidationResult Validate()
    {
        var missing = new[] { ("--areas", Areas), ("--layer", Layer), ("--stat", Stat), ("--out", Out) }
            .FirstOrDefault(o => string.IsNullOrWhiteSpace(o.Item2))
            .Item1;
        if (missing is not null)
        {
            return ValidationResult.Error($"Geef {missing} op (zie geoopgave aggregate --help).");
        }

        var unknown = Stats.FirstOrDefault(s => !KnownStats.Contains(s, StringComparer.Ordinal));
        return unknown is not null
                ? ValidationResult.Error($"Onbekende statistiek '{unknown}'; kies uit {string.Join(", ", KnownStats)}.")
            : Coverage is not ("exact" or "centre")
                ? ValidationResult.Error($"Onbekende --coverage '{Coverage}'; gebruik exact of centre.")
            : Engine is not ("dotnet" or "postgis")
                ? ValidationResult.Error($"Onbekende --engine '{Engine}'; gebruik dotnet of postgis.")
            : !Out!.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? ValidationResult.Error($"Het uitvoerbestand moet op .csv eindigen, niet '{Path.GetFileName(Out)}'.")
            : ValidationResult.Success();
    }
}
