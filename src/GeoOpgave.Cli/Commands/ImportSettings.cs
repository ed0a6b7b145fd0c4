using System.ComponentModel;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Csv;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed class ImportSettings : WorkspaceSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Het bestand: .gpkg, .geojson/.json, .shp, .zip (shapefile), .csv of .tif/.tiff.")]
    public string Path { get; init; } = string.Empty;

    [CommandOption("--name <NAAM>")]
    [Description("De naam van de laag (standaard de bestands- of laagnaam).")]
    public string? Name { get; init; }

    [CommandOption("--layer <LAAG>")]
    [Description("De laag in een GeoPackage (of de .shp in een zip); standaard alle lagen.")]
    public string? Layer { get; init; }

    [CommandOption("--crs <EPSG>")]
    [Description("Het coördinatenstelsel van de bron als het bestand het niet (goed) zegt, bijv. EPSG:28992.")]
    public string? Crs { get; init; }

    [CommandOption("--year <JAAR>")]
    [Description(
        "Het peiljaar van de gegevens; een tabel zonder periodekolom krijgt dit jaar (standaard het nieuwste jaar met gebieden)."
    )]
    public int? Year { get; init; }

    [CommandOption("--code-column <KOLOM>")]
    [Description("De CSV-kolom met BU/WK/GM-codes (maakt de CSV een tabel per gebied).")]
    public string? CodeColumn { get; init; }

    [CommandOption("--indicator <ID=UITDRUKKING>")]
    [Description(
        "Vult indicator ID uit een kolom of een uitdrukking over kolommen, bv. percentage_bouwjaarklasse_tot_2000=\"100 - bouwjaar_vanaf_2000_percentage\". Herhaalbaar."
    )]
    public string[] Indicators { get; init; } = [];

    [CommandOption("-x|--x-column <KOLOM>")]
    [Description("De CSV-kolom met x (of lengtegraad).")]
    public string? X { get; init; }

    [CommandOption("-y|--y-column <KOLOM>")]
    [Description("De CSV-kolom met y (of breedtegraad).")]
    public string? Y { get; init; }

    [CommandOption("--encoding <CODERING>")]
    [Description(
        "De tekencodering van een CSV, bijv. utf-8 of windows-1252 (standaard: UTF-8 als dat klopt, anders windows-1252)."
    )]
    public string? Encoding { get; init; }

    [CommandOption("--as-areas")]
    [Description(
        "Lees het bestand als CBS wijk- en buurtkaart: vervangt de gebieden en kerncijfers van dat jaar (zo vervangt een gemeente de demo)."
    )]
    public bool AsAreas { get; init; }

    [CommandOption("--gemeente <CODE>")]
    [Description(
        "Bij --as-areas: lees alleen de gebieden van deze gemeente(n) uit een landelijk bestand, bijv. --gemeente GM0308. Herhaalbaar of met komma's."
    )]
    public string[] Gemeenten { get; init; } = [];

    [CommandOption("--as-werken")]
    [Description(
        "Lees het bestand als geplande werken (lijnen, vlakken, punten of een CSV met x/y of buurtcode) met soort, periode en eigenaar."
    )]
    public bool AsWerken { get; init; }

    [CommandOption("--type-field <VELD>")]
    [Description("Bij --as-werken: het veld met de soort werk (standaard werksoort, soort, type, …).")]
    public string? TypeField { get; init; }

    [CommandOption("--start-field <VELD>")]
    [Description(
        "Bij --as-werken: het veld met het startjaar of de startdatum (standaard start, startjaar, aanlegjaar, uitvoeringsjaar, jaar, …)."
    )]
    public string? StartField { get; init; }

    [CommandOption("--end-field <VELD>")]
    [Description(
        "Bij --as-werken: het veld met het eindjaar of de einddatum (standaard eind, eindjaar, …; zonder: het startjaar)."
    )]
    public string? EndField { get; init; }

    [CommandOption("--owner-field <VELD>")]
    [Description("Bij --as-werken: het veld met de eigenaar (standaard eigenaar, beheerder, opdrachtgever, …).")]
    public string? OwnerField { get; init; }

    [CommandOption("--status-field <VELD>")]
    [Description("Bij --as-werken: het veld met de status (standaard status, fase).")]
    public string? StatusField { get; init; }

    [CommandOption("--name-field <VELD>")]
    [Description("Bij --as-werken: het veld met de naam (standaard naam, omschrijving, projectnaam, …).")]
    public string? NameField { get; init; }

    [CommandOption("--type <SOORT>")]
    [Description("Bij --as-werken: één werksoort voor het hele bestand, bijv. riolering.")]
    public string? Type { get; init; }

    [CommandOption("--profiel <ID>")]
    [Description("Bij --as-werken: het profiel met de werksoorten (standaard het standaardprofiel).")]
    public string? Profiel { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Schrijf het importrapport ook als JSON naar dit bestand.")]
    public string? Report { get; init; }

    /// <summary>The EPSG code of <see cref="Crs"/>, or null when none was given.</summary>
    public int? Srid => GeoOpgave.Core.Crs.Srid.TryParseEpsg(Crs, out var srid) ? srid : null;

    /// <summary>The codes of <see cref="Gemeenten"/>, normalised; null when none was given.</summary>
    public IReadOnlySet<string>? GemeenteCodes =>
        Gemeenten.Length == 0 ? null : AreaCode.GemeenteList(Gemeenten, out _);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return ValidationResult.Error("Geef het bestand op dat geïmporteerd moet worden.");
        }

        if (Crs is not null && !GeoOpgave.Core.Crs.Srid.TryParseEpsg(Crs, out _))
        {
            return ValidationResult.Error(
                $"--crs '{Crs}' is geen EPSG-code; gebruik bijvoorbeeld EPSG:28992 of EPSG:4326."
            );
        }

        if (AsAreas && (Name ?? Layer ?? CodeColumn ?? X ?? Crs) is not null)
        {
            return ValidationResult.Error(
                "--as-areas gaat alleen samen met --year, --gemeente, --report en --db: een wijk- en buurtkaart zegt zelf zijn lagen, codes en coördinatenstelsel."
            );
        }

        if (Gemeenten.Length > 0 && !AsAreas)
        {
            return ValidationResult.Error(
                "--gemeente hoort bij --as-areas: het kiest de gemeenten uit een landelijke wijk- en buurtkaart."
            );
        }

        if (Gemeenten.Length > 0 && (AreaCode.GemeenteList(Gemeenten, out var bad).Count == 0 || bad is not null))
        {
            return ValidationResult.Error(
                $"--gemeente '{bad ?? string.Join(",", Gemeenten)}' is geen gemeentecode; schrijf bijvoorbeeld GM0308."
            );
        }

        if (Indicators.Length > 0 && (AsAreas || X is not null))
        {
            return ValidationResult.Error(
                "--indicator hoort bij een tabel met codes (CSV met een BU/WK/GM-kolom), niet bij --as-areas of een puntenbestand."
            );
        }

        if (
            !AsWerken
            && (TypeField ?? StartField ?? EndField ?? OwnerField ?? StatusField ?? NameField ?? Type ?? Profiel)
                is not null
        )
        {
            return ValidationResult.Error(
                "--type-field, --start-field, --end-field, --owner-field, --status-field, --name-field, --type en --profiel horen bij --as-werken."
            );
        }

        if (AsWerken && (AsAreas || Indicators.Length > 0))
        {
            return ValidationResult.Error("--as-werken gaat niet samen met --as-areas of --indicator.");
        }

        if (Encoding is not null && CsvEncoding.FromName(Encoding) is null)
        {
            return ValidationResult.Error(
                $"--encoding '{Encoding}' is geen bekende tekencodering; gebruik bijvoorbeeld utf-8 of windows-1252."
            );
        }

        return (X is null) != (Y is null)
            ? ValidationResult.Error("Geef -x en -y (--x-column en --y-column) samen op.")
            : ValidationResult.Success();
    }
}
