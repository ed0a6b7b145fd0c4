using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Agenda;

/// <summary>The areas an agenda was asked for and the buurten of the analysis that lie in them.</summary>
internal sealed record AgendaSelectie(IReadOnlyList<AgendaArea> Areas, IReadOnlyList<BuurtAnalysis> Buurten)
{
    /// <summary>Normalises the codes and drops repeats; refuses an empty list or text that is no CBS code.</summary>
    /// <exception cref="GeoOpgaveException">Code "selectie-leeg" or "gebied-onbekend".</exception>
    public static IReadOnlyList<string> NormaliseCodes(IEnumerable<string> raw)
    {
        var codes = new List<string>();
        foreach (var text in raw.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            var code = AreaCode.Normalise(text)
                ?? throw new GeoOpgaveException(
                    "gebied-onbekend",
                    $"'{text.Trim()}' is geen buurt-, wijk- of gemeentecode (zoals BU99990002 of WK999900)."
                );
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return codes.Count > 0
            ? codes
            : throw new GeoOpgaveException("selectie-leeg", "Kies minstens één buurt of wijk voor de gebiedsagenda.")
            {
                Parameter = "codes",
            };
    }

    /// <exception cref="GeoOpgaveException">A code that is not an area of the analysed year (code
    /// "gebied-onbekend"), or a wijk or gemeente without buurten in it ("geen-buurten").</exception>
    public static AgendaSelectie Resolve(AnalysisResult result, IReadOnlyList<string> codes)
    {
        var areas = new List<AgendaArea>();
        var buurten = new Dictionary<string, BuurtAnalysis>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var (area, members) = Find(result, code)
                ?? throw new GeoOpgaveException(
                    "gebied-onbekend",
                    $"Het gebied '{code}' bestaat niet in de wijk- en buurtindeling van {result.Year}."
                );
            if (members.Length == 0)
            {
                // A wijk of a kaart without buurten (PDOK's wijken file): an agenda of "0 buurten, 0 inwoners" would
                // read as a quiet area.
                throw new GeoOpgaveException(
                    "geen-buurten",
                    $"De {LevelName(area.Level)} {area.Name} ({area.Code}) heeft geen buurten in de indeling van "
                        + $"{result.Year}; de gebiedsagenda rekent per buurt. Importeer de buurten van deze gemeente "
                        + "(een wijk- en buurtkaart met buurten)."
                );
            }

            areas.Add(new AgendaArea(area.Code, area.Name, LevelName(area.Level), members.Length));
            foreach (var member in members)
            {
                buurten.TryAdd(member.Buurt.Code, member);
            }
        }

        return new AgendaSelectie(areas, buurten.Values.OrderBy(b => b.Score.PriorityOrder).ToArray());
    }

    private static (Area Area, BuurtAnalysis[] Members)? Find(AnalysisResult result, string code)
    {
        switch (AreaCode.LevelOf(code))
        {
            case AreaLevel.Buurt:
                return result.FindBuurt(code) is { } buurt ? (buurt.Buurt, [buurt]) : null;
            case AreaLevel.Wijk:
                var wijk = result.Wijken.FirstOrDefault(w => w.Code == code);
                return wijk is null ? null : (wijk, result.Buurten.Where(b => b.Buurt.WijkCode == code).ToArray());
            default:
                var gemeente = result.Gemeenten.FirstOrDefault(g => g.Code == code);
                return gemeente is null
                    ? null
                    : (gemeente, result.Buurten.Where(b => b.Buurt.GemeenteCode == code).ToArray());
        }
    }

    private static string LevelName(AreaLevel level) => level switch
    {
        AreaLevel.Buurt => "buurt",
        AreaLevel.Wijk => "wijk",
        _ => "gemeente",
    };
}
