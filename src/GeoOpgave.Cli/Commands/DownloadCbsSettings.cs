using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

public sealed partial class DownloadCbsSettings : WorkspaceSettings
{
    [CommandOption("--year <JAAR>")]
    [Description(
        "Alleen dit jaar, bijv. 2024. Zonder --year en --years: de nieuwste indeling plus de kerncijfers van de vier jaren ervoor."
    )]
    public int? Year { get; init; }

    [CommandOption("--years <VAN-TOT>")]
    [Description(
        "Deze jaren, bijv. 2022-2024: de indeling van het laatste jaar, de kerncijfers van elk jaar. Alles of niets."
    )]
    public string? Years { get; init; }

    [CommandOption("--gemeente <CODE>")]
    [Description("De gemeentecode, bijv. GM0308.")]
    public string? Gemeente { get; init; }

    [CommandOption("--source <URL>")]
    [Description(
        "De OGC API Features-landingspagina van de dataset; {0} staat voor het jaar (standaard die van PDOK)."
    )]
    public string? Source { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Schrijf het importrapport ook als JSON naar dit bestand.")]
    public string? Report { get; init; }

    /// <summary>The years asked for, newest first; empty: the newest the server has plus the years before it.</summary>
    public IReadOnlyList<int> ParsedYears()
    {
        if (Year is { } year)
        {
            return [year];
        }

        if (Years is null)
        {
            return [];
        }

        var match = YearRange().Match(Years.Trim());
        var from = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = match.Groups[2].Success
            ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            : from;
        return Enumerable.Range(from, to - from + 1).Reverse().ToList();
    }

    public override ValidationResult Validate()
    {
        if (Year is not null && Years is not null)
        {
            return ValidationResult.Error("Geef --year of --years, niet allebei.");
        }

        if (Year is { } year && year is not (>= 2000 and <= 2100))
        {
            return ValidationResult.Error(
                $"--year {year} is geen jaar van een wijk- en buurtindeling; bijvoorbeeld --year 2024."
            );
        }

        if (
            Years is not null
            && (
                YearRange().Match(Years.Trim()) is not { Success: true } range
                || int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var from
                    && (
                        from < 2000
                        || (
                            range.Groups[2].Success
                            && int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
                                is var to
                            && (to < from || to > 2100 || to - from > 10)
                        )
                    )
            )
        )
        {
            return ValidationResult.Error(
                $"--years '{Years}' is geen reeks jaren; schrijf bijvoorbeeld --years 2022-2024 (hoogstens 11 jaren)."
            );
        }

        if (Gemeente is null || !GemeenteCode().IsMatch(Gemeente.Trim()))
        {
            return ValidationResult.Error(
                "Geef de gemeente op met --gemeente en een gemeentecode, bijvoorbeeld --gemeente GM0308."
            );
        }

        return
            Source is not null
            && !(
                Uri.TryCreate(Source.Replace("{0}", "2024", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https"
            )
            ? ValidationResult.Error($"--source '{Source}' is geen http(s)-adres.")
            : ValidationResult.Success();
    }

    [GeneratedRegex("^([0-9]{4})(?:-([0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex("^[Gg][Mm][0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeenteCode();
}
