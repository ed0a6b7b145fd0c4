using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Agenda;

/// <summary>The Dutch title and summary of an agenda; numbers in nl-NL notation whatever the machine's
/// culture.</summary>
internal static class AgendaText
{
    public static string Title(IReadOnlyList<AgendaArea> areas) => areas.Count == 1
        ? $"Gebiedsagenda {areas[0].Name}"
        : $"Gebiedsagenda selectie: {List(areas.Select(a => a.Name).ToArray())}";

    /// <param name="urgentNames">For a single buurt: the names of its urgent opgaven.</param>
    public static string Summary(
        string areaName,
        IReadOnlyList<AgendaBuurt> buurten,
        int opgaveCount,
        IReadOnlyList<string> urgentNames,
        double? shareInOverlap
    )
    {
        if (buurten is [{ NotRankedReason: { } reason }])
        {
            return $"{areaName} is niet gerangschikt: {reason}. Zulke buurten tellen niet mee in de percentielen en de prioriteit.";
        }

        if (buurten.Count == 1)
        {
            var known = buurten[0].KnownOpgaven;
            var opgaven = known == opgaveCount ? "opgaven" : "bekende opgaven";
            var unknown = opgaveCount - known;
            var missing =
                unknown == 0
                    ? string.Empty
                    : $" Over {Number(unknown)} {(unknown == 1 ? "opgave zijn" : "opgaven zijn")} te weinig gegevens: onbekend.";
            return (urgentNames.Count, known) switch
                {
                    (_, 0) => $"In {areaName} is geen enkele opgave bekend.",
                    (0, 1) => $"In {areaName} is de enige bekende opgave niet urgent.",
                    (1, 1) => $"In {areaName} is de enige bekende opgave urgent: {Lower(urgentNames)}.",
                    (0, _) => $"In {areaName} is geen van de {Number(known)} {opgaven} urgent.",
                    (1, _) => $"In {areaName} is 1 van de {Number(known)} {opgaven} urgent: {Lower(urgentNames)}.",
                    var (n, _) when n == opgaveCount =>
                        $"In {areaName} zijn alle {Number(opgaveCount)} opgaven tegelijk urgent: {Lower(urgentNames)}.",
                    _ =>
                        $"In {areaName} zijn {Number(urgentNames.Count)} van de {Number(known)} {opgaven} tegelijk urgent: {Lower(urgentNames)}.",
                } + missing;
        }

        var inOverlap = buurten.Count(b => b.Overlap >= 2);
        if (inOverlap == 0)
        {
            return $"In {areaName} heeft geen van de {Number(buurten.Count)} buurten twee of meer urgente opgaven.";
        }

        var share = shareInOverlap is { } s ? $" ({Number(Math.Round(s * 100))} % van de inwoners)" : string.Empty;
        return $"In {areaName} hebben {Number(inOverlap)} van de {Number(buurten.Count)} buurten twee of meer urgente opgaven{share}.";
    }

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string List(IReadOnlyList<string> items) => DutchText.List(items);

    private static string Lower(IReadOnlyList<string> names) =>
        List(names.Select(n => n.Length == 0 ? n : char.ToLower(n[0], DutchText.Culture) + n[1..]).ToArray());

    private static string Number(double value) => value.ToString("N0", DutchText.Culture);
}
