using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed partial class DownloadCbsSettings : WorkspaceSettings
{
    [CommandOption("--year <JAAR>")]
    [Description("Het jaar van de wijk- en buurtindeling, bijv. 2024.")]
    public int? Year { get; init; }

    [CommandOption("--gemeente <CODE>")]
    [Description("De gemeentecode, bijv. GM0308.")]
    public string? Gemeente { get; init; }

    [CommandOption("--source <URL>")]
    [Description("De OGC API Features-landingspagina van de dataset (standaard die van PDOK voor het jaar).")]
    public string? Source { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Schrijf het importrapport ook als JSON naar dit bestand.")]
    public string? Report { get; init; }

    public override ValidationResult Validate()
    {
        if (Year is not (>= 2000 and <= 2100))
        {
            return ValidationResult.Error("Geef het jaar op met --year, bijvoorbeeld --year 2024.");
        }

        if (Gemeente is null || !GemeenteCode().IsMatch(Gemeente.Trim()))
        {
            return ValidationResult.Error("Geef de gemeente op met --gemeente en een gemeentecode, bijvoorbeeld --gemeente GM0308.");
        }

        return Source is not null && !(Uri.TryCreate(Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? ValidationResult.Error($"--source '{Source}' is geen http(s)-adres.")
            : ValidationResult.Success();
    }

    [GeneratedRegex("^[Gg][Mm][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteCode();
}
