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
        AgendaPlanning planning, IEnumerable<string> codes, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> colours)
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
        string code, string name, AgendaWork[] works, AgendaPlanning planning, TimelineScale? scale, Dictionary<string, string> colours)
    {
        var marks = Marks(planning, code);
        var owners = new List<TimelineOwner>();
        var bars = new Dictionary<string, TimelineBar>(StringComparer.Ordinal);
        var y = TimelineScale.AxisHeight;
        foreach (var owner in works.Where(w => w.Start is not null).GroupBy(PlanningText.Owner, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
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
                var top = y + (lane * TimelineScale.RowHeight) + ((TimelineScale.RowHeight - TimelineScale.BarHeight) / 2);
                var x = scale!.X(start);
                bars[work.Id] = new TimelineBar(work, x, top, scale.X(End(work) + 1) - x, colours[work.Soort], marks.GetValueOrDefault(work.Id));
            }

            var height = laneEnds.Count * TimelineScale.RowHeight;
            owners.Add(new TimelineOwner(Label(owner.Key), owner.Key, y, height));
            y += height;
        }

        var undated = works.Where(w => w.Start is null).ToArray();
        return new TimelineBuurt(code, name, owners, [.. bars.Values], Links(planning, code, bars), undated, y + 6);
    }

    private static Dictionary<string, TimelineMark> Marks(AgendaPlanning planning, string code)
    {
        var marks = new Dictionary<string, TimelineMark>(StringComparer.Ordinal);
        void Mark(AgendaWork work, TimelineMark mark) => marks[work.Id] = marks.GetValueOrDefault(work.Id) | mark;
        foreach (var combination in planning.Combinations.Where(c => c.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            combination.Works.ToList().ForEach(w => Mark(w, TimelineMark.Koppelkans));
        }

        foreach (var conflict in planning.Conflicts.Where(c => c.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            Mark(conflict.First, TimelineMark.Conflict);
            Mark(conflict.Second, TimelineMark.Conflict);
        }

        foreach (var shift in planning.Shifts.Where(s => s.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            Mark(shift.First, TimelineMark.Verschuiven);
            Mark(shift.Second, TimelineMark.Verschuiven);
        }

        return marks;
    }

    private static TimelineLink[] Links(AgendaPlanning planning, string code, Dictionary<string, TimelineBar> bars)
    {
        var links = new List<TimelineLink>();
        void Link(TimelineMark kind, AgendaWork a, AgendaWork b, string text)
        {
            if (bars.TryGetValue(a.Id, out var first) && bars.TryGetValue(b.Id, out var second))
            {
                links.Add(new TimelineLink(kind, Path(first, second), text));
            }
        }

        foreach (var combination in planning.Combinations.Where(c => c.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            var works = combination.Works.OrderBy(w => w.Start).ThenBy(w => w.Id, StringComparer.Ordinal).ToArray();
            for (var i = 1; i < works.Length; i++)
            {
                Link(TimelineMark.Koppelkans, works[i - 1], works[i], PlanningText.Combination(combination));
            }
        }

        foreach (var conflict in planning.Conflicts.Where(c => c.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            Link(TimelineMark.Conflict, conflict.First, conflict.Second, PlanningText.Conflict(conflict));
        }

        foreach (var shift in planning.Shifts.Where(s => s.Buurten.Contains(code, StringComparer.Ordinal)))
        {
            Link(TimelineMark.Verschuiven, shift.First, shift.Second, PlanningText.Shift(shift));
        }

        return [.. links];
    }

    // Bars that overlap in time are joined straight down the middle of their overlap; bars apart in time by a line
    // across the gap, so the gap a shift would close is what the eye follows.
    private static string Path(TimelineBar a, TimelineBar b)
    {
        var (first, second) = a.X <= b.X ? (a, b) : (b, a);
        var firstEnd = first.X + first.Width;
        if (second.X < firstEnd)
        {
            var middle = (second.X + Math.Min(firstEnd, second.X + second.Width)) / 2;
            return Invariant($"M {middle:0.##} {first.Middle:0.##} V {second.Middle:0.##}");
        }

        return Invariant($"M {firstEnd:0.##} {first.Middle:0.##} H {second.X:0.##} V {second.Middle:0.##}");
    }

    private static int End(AgendaWork work) => Math.Max(work.Start!.Value, work.Eind ?? work.Start.Value);

    private static string Label(string owner) => owner.Length <= MaxLabelLength ? owner : owner[..(MaxLabelLength - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
