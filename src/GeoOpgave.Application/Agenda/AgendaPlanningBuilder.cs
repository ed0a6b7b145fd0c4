using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Koppelkansen;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Application.Agenda;

/// <summary>
/// The Planning section of an agenda from the analysis's works and koppelkansen of works, kept to the selected buurten.
/// A pair that meets in several buurten of the area is one row naming them all.
/// </summary>
internal static class AgendaPlanningBuilder
{
    public static AgendaPlanning Build(AnalysisResult result, IReadOnlyList<BuurtAnalysis> buurten)
    {
        if (result.Werken is not { } werken || result.Planning is not { } planning)
        {
            return AgendaPlanning.Empty;
        }

        var codes = buurten.Select(b => b.Buurt.Code).ToHashSet(StringComparer.Ordinal);
        var soorten = result.Profile.Werksoorten.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var works = werken.Works
            .Where(r => codes.Contains(r.Buurtcode))
            .GroupBy(r => r.Work.Id, StringComparer.Ordinal)
            .Select(g => Work(g.First().Work, g.Select(r => r.Buurtcode).ToArray(), soorten))
            .ToDictionary(w => w.Id, StringComparer.Ordinal);

        var combinations = planning.Matches
            .Where(m => codes.Contains(m.Buurtcode))
            .GroupBy(m => (m.Koppelkans.Id, Works: string.Join('|', m.Works.Select(w => w.Id))))
            .Select(g => new AgendaCombination(
                g.Key.Id,
                g.First().Koppelkans.Name,
                g.First().Works.Select(w => works[w.Id]).ToArray(),
                Codes(g.Select(m => m.Buurtcode))
            )
            {
                Pairs = g.SelectMany(m => m.Pairs)
                    .Select(p => new AgendaWorkPair(p.First.Id, p.Second.Id, p.Buurtcode))
                    .ToArray(),
            })
            .ToArray();
        var shifts = planning.Shifts
            .Where(s => codes.Contains(s.Buurtcode))
            .GroupBy(s => (s.Koppelkans.Id, s.First.Id, s.Second.Id))
            .Select(g => Shift(g.First(), works, Codes(g.Select(x => x.Buurtcode))))
            .ToArray();
        var conflicts = planning.Conflicts
            .Where(c => codes.Contains(c.Buurtcode))
            .GroupBy(c => (c.First.Id, c.Second.Id))
            .Select(g => new AgendaConflict(
                works[g.Key.Item1],
                works[g.Key.Item2],
                g.First().YearsApart,
                Codes(g.Select(c => c.Buurtcode))
            ))
            .ToArray();
        var ordered = works.Values
            .OrderBy(w => w.Start ?? int.MaxValue)
            .ThenBy(w => w.Soort, StringComparer.Ordinal)
            .ThenBy(w => w.Id, StringComparer.Ordinal)
            .ToArray();
        return new AgendaPlanning(ordered, combinations, shifts, conflicts);
    }

    private static AgendaShift Shift(
        PlanningShift shift,
        IReadOnlyDictionary<string, AgendaWork> works,
        IReadOnlyList<string> buurten
    ) =>
        new(
            shift.Koppelkans.Id,
            shift.Koppelkans.Name,
            shift.Koppelkans.Werken!.WithinYears,
            works[shift.First.Id],
            works[shift.Second.Id],
            shift.YearsApart,
            buurten
        );

    private static AgendaWork Work(
        PlannedWork work,
        IReadOnlyList<string> buurten,
        IReadOnlyDictionary<string, string> soorten
    ) =>
        new(
            work.Id,
            soorten.GetValueOrDefault(work.Soort) ?? work.Soort,
            work.Naam,
            work.Start,
            work.Eind,
            work.Eigenaar,
            work.Status,
            buurten
        )
        {
            BuurtOnly = work.BuurtOnly,
        };

    private static string[] Codes(IEnumerable<string> codes) =>
        codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
