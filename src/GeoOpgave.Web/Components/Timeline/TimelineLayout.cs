using System.Globalization;
using GeoOpgave.Application.Agenda;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// Lays out the Planning of an agenda as a timeline per buurt: per owner a band, in it each work a bar from its start
/// to its end year, packed into lanes so works of one owner that follow each other share a row; then the links of the
/// koppelkansen, conflicts and shifts that the planning names for that buurt.
/// </summary>
public static class TimelineLayout
{
    private const int MaxLabelLength = 28;

    /// <summary>
    /// The timeline of the buurten <paramref name="codes"/> (in that order), named by <paramref name="names"/>, each
    /// werksoort (by Dutch name) filled with its colour from <paramref name="colours"/>.
    /// </summary>
    public static AreaTimeline Build(
        AgendaPlanning planning,
        IEnumerable<string> codes,
        IReadOnlyDictionary<string, string> names,
        IReadOnlyDictionary<string, string> colours
    )
    {
        ArgumentNullException.ThrowIfNull(planning);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(colours);
        var soorten = planning.Works.Select(w => w.Soort).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(soort => new TimelineSoort(soort, colours.GetValueOrDefault(soort) ?? WerksoortPalette.Unknown))
            .ToArray();
        var fills = soorten.ToDictionary(s => s.Name, s => s.Colour, StringComparer.Ordinal);
        var dated = planning.Works.Where(w => w.Start is not null).ToArray();
        var scale = dated.Length == 0 ? null : new TimelineScale(dated.Min(w => w.Start!.Value), dated.Max(End));
        var buurten = new List<TimelineBuurt>();
        var without = new List<string>();
        foreach (var code in codes)
        {
            var name = names.GetValueOrDefault(code) ?? code;
            var works = planning.Works.Where(w => w.Buurten.Contains(code, StringComparer.Ordinal)).ToArray();
            if (works.Length == 0)
            {
                without.Add(name);
                continue;
            }

            buurten.Add(Buurt(code, name, works, planning, scale, fills));
        }

        return new AreaTimeline(scale, buurten, soorten, without);
    }

    private static TimelineBuurt Buurt(
        string code,
        string name,
        AgendaWork[] works,
        AgendaPlanning planning,
        TimelineScale? scale,
        Dictionary<string, string> colours
    )
    {
        var marks = Marks(planning, code);
        var owners = new List<TimelineOwner>();
        var bars = new Dictionary<string, TimelineBar>(StringComparer.Ordinal);
        var y = TimelineScale.AxisHeight;
        foreach (
            var owner in works
                .Where(w => w.Start is not null)
                .GroupBy(PlanningText.Owner, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            var laneEnds = new List<int>();
            foreach (var work in owner.OrderBy(w => w.Start).ThenBy(w => w.Id, StringComparer.Ordinal))
            {
                var start = work.Start!.Value;
                var lane = laneEnds.FindIndex(end => end < start);
                if (lane < 0)
                {
                    lane = laneEnds.Count;
                    laneEnds.Add(start);
                }

                laneEnds[lane] = End(work);
                var top =
                    y + (lane * TimelineScale.RowHeight) + ((TimelineScale.RowHeight - TimelineScale.BarHeight) / 2);
                var x = scale!.X(start);
                bars[work.Id] = new TimelineBar(
                    work,
                    x,
                    top,
                    scale.X(End(work) + 1) - x,
                    colours[work.Soort],
                    marks.GetValueOrDefault(work.Id)
                );
            }

            var height = laneEnds.Count * TimelineScale.RowHeight;
            owners.Add(new TimelineOwner(Label(owner.Key), owner.Key, y, height));
            y += height;
        }

        var undated = works.Where(w => w.Start is null).ToArray();
        return new TimelineBuurt(
            code,
            name,
            owners,
            [.. bars.Values],
            Links(planning, code, bars),
            Notes(planning, code),
            undated,
            y + 6
        );
    }

    private static Dictionary<string, TimelineMark> Marks(AgendaPlanning planning, string code)
    {
        var marks = new Dictionary<string, TimelineMark>(StringComparer.Ordinal);
        void Mark(AgendaWork work, TimelineMark mark) => marks[work.Id] = marks.GetValueOrDefault(work.Id) | mark;
        foreach (var work in In(planning.Combinations, c => c.Buurten, code).SelectMany(c => c.Works))
        {
            Mark(work, TimelineMark.Koppelkans);
        }

        foreach (var conflict in In(planning.Conflicts, c => c.Buurten, code))
        {
            Mark(conflict.First, TimelineMark.Conflict);
            Mark(conflict.Second, TimelineMark.Conflict);
        }

        foreach (var shift in In(planning.Shifts, s => s.Buurten, code))
        {
            Mark(shift.First, TimelineMark.Verschuiven);
            Mark(shift.Second, TimelineMark.Verschuiven);
        }

        return marks;
    }

    private static TimelineLink[] Links(AgendaPlanning planning, string code, Dictionary<string, TimelineBar> bars)
    {
        var links = new List<TimelineLink>();
        void Link(TimelineMark kind, string first, string second, string text)
        {
            if (bars.TryGetValue(first, out var a) && bars.TryGetValue(second, out var b))
            {
                links.Add(new TimelineLink(kind, Path(a, b), text));
            }
        }

        // Only the pairs on one street are joined: a koppelkans of one werksoort outlines its works and draws no line.
        foreach (var combination in In(planning.Combinations, c => c.Buurten, code))
        {
            foreach (var pair in combination.Pairs.Where(p => p.Buurtcode == code))
            {
                Link(TimelineMark.Koppelkans, pair.FirstId, pair.SecondId, PlanningText.Combination(combination));
            }
        }

        foreach (var conflict in In(planning.Conflicts, c => c.Buurten, code))
        {
            Link(TimelineMark.Conflict, conflict.First.Id, conflict.Second.Id, PlanningText.Conflict(conflict));
        }

        foreach (var shift in In(planning.Shifts, s => s.Buurten, code))
        {
            Link(TimelineMark.Verschuiven, shift.First.Id, shift.Second.Id, PlanningText.Shift(shift));
        }

        return [.. links];
    }

    private static TimelineNote[] Notes(AgendaPlanning planning, string code) =>
        [
            .. In(planning.Combinations, c => c.Buurten, code)
                .Select(c => new TimelineNote(TimelineMark.Koppelkans, PlanningText.Combination(c))),
            .. In(planning.Conflicts, c => c.Buurten, code)
                .Select(c => new TimelineNote(TimelineMark.Conflict, PlanningText.Conflict(c))),
            .. In(planning.Shifts, s => s.Buurten, code)
                .Select(s => new TimelineNote(TimelineMark.Verschuiven, PlanningText.Shift(s))),
        ];

    private static IEnumerable<T> In<T>(IEnumerable<T> items, Func<T, IReadOnlyList<string>> buurten, string code) =>
        items.Where(i => buurten(i).Contains(code, StringComparer.Ordinal));

    // Bars that overlap in time are joined straight down the middle of their overlap; bars apart in time by a line
    // across the gap, so the gap a shift would close is what the eye follows. Two bars in one lane get a bracket just
    // above them, which stays visible even when one ends where the other starts.
    private static string Path(TimelineBar a, TimelineBar b)
    {
        var (first, second) = a.X <= b.X ? (a, b) : (b, a);
        var firstEnd = first.X + first.Width;
        if (Math.Abs(first.Y - second.Y) < 1)
        {
            var top = first.Y - 3.5;
            return Invariant(
                $"M {first.X + (first.Width / 2):0.##} {first.Y:0.##} V {top:0.##} H {second.X + (second.Width / 2):0.##} V {second.Y:0.##}"
            );
        }

        if (second.X < firstEnd)
        {
            var middle = (second.X + Math.Min(firstEnd, second.X + second.Width)) / 2;
            return Invariant($"M {middle:0.##} {first.Middle:0.##} V {second.Middle:0.##}");
        }

        return Invariant($"M {firstEnd:0.##} {first.Middle:0.##} H {second.X:0.##} V {second.Middle:0.##}");
    }

    private static int End(AgendaWork work) => Math.Max(work.Start!.Value, work.Eind ?? work.Start.Value);

    private static string Label(string owner) =>
        owner.Length <= MaxLabelLength ? owner : owner[..(MaxLabelLength - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
