using GeoOpgave.Application.Analysis;

namespace GeoOpgave.Application.Agenda;

/// <summary>Puts a <see cref="Gebiedsagenda"/> together from an analysis and the buurten of the selected
/// areas.</summary>
internal static class AgendaBuilder
{
    public static Gebiedsagenda Build(
        AnalysisResult result,
        AgendaSelectie selection,
        DateTimeOffset generatedAt,
        AgendaSources sources
    )
    {
        var buurten = selection.Buurten;
        var profile = result.Profile;
        var counted = buurten.Where(b => b.Population is not null).ToArray();
        var population = counted.Sum(b => b.Population!.Value);
        double? shareInOverlap =
            population > 0 ? counted.Where(b => b.Score.Overlap >= 2).Sum(b => b.Population!.Value) / population : null;
        var overlap = Enumerable
            .Range(0, profile.Opgaven.Count + 1)
            .Select(o => buurten.Where(b => b.Score.Overlap == o).ToArray())
            .Select((members, o) => new OverlapCount(o, members.Length, members.Sum(b => b.Population ?? 0)))
            .ToArray();
        var agendaBuurten = buurten.Select(Buurt).ToArray();
        var urgentNames = buurten.Count == 1
            ? profile.Opgaven.Where((_, i) => buurten[0].Score.Opgaven[i].IsUrgent).Select(o => o.Name).ToArray()
            : [];
        var areaName = selection.Areas.Count == 1 ? selection.Areas[0].Name : "de selectie";

        return new Gebiedsagenda(
            AgendaText.Title(selection.Areas),
            AgendaText.Summary(areaName, agendaBuurten, profile.Opgaven.Count, urgentNames, shareInOverlap),
            ProfileInfo.Of(profile),
            result.Year,
            generatedAt,
            selection.Areas,
            buurten.Count,
            population,
            buurten.Count - counted.Length,
            overlap,
            shareInOverlap,
            agendaBuurten,
            AgendaOpgaven.Build(result, buurten, sources),
            AgendaIndicators.Compare(result, buurten, sources),
            Koppelkansen(result, buurten))
        {
            Planning = AgendaPlanningBuilder.Build(result, buurten),
        };
    }

    private static AgendaBuurt Buurt(BuurtAnalysis b) =>
        new(
            b.Buurt.Code,
            b.Buurt.Name,
            b.Buurt.WijkCode,
            b.Population,
            b.Score.Overlap,
            b.Score.Signature,
            b.Score.PriorityRank,
            b.Score.CombinedScore,
            AnalysisLayer.HotSpotName(b.HotSpot?.Class),
            b.Score.Koppelkansen.Select(k => k.Id).ToArray(),
            b.Score.Opgaven.Select(o => new AgendaOpgaveScore(o.OpgaveId, o.Score, AnalysisLayer.ClassName(o.Class)))
                .ToArray(),
            b.Score.KnownOpgaven
        )
        {
            NotRankedReason = b.Score.NotRankedReason,
        };

    private static AgendaKoppelkans[] Koppelkansen(AnalysisResult result, IReadOnlyList<BuurtAnalysis> buurten) =>
        result
            .Profile.Koppelkansen.Select(k =>
                (
                    Kans: k,
                    Buurten: buurten
                        .Where(b => b.Score.Koppelkansen.Any(x => x.Id == k.Id))
                        .Select(b => b.Buurt.Code)
                        .ToArray()
                )
            )
            .Where(x => x.Buurten.Length > 0)
            .OrderByDescending(x => x.Buurten.Length)
            .Select(x => new AgendaKoppelkans(
                x.Kans.Id,
                x.Kans.Name,
                x.Kans.Opgaven,
                x.Kans.Rationale,
                x.Buurten.Length,
                x.Buurten
            ))
            .ToArray();
}
