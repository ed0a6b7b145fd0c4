using System.Globalization;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Web.Components.Panel;

namespace GeoOpgave.Web.Components.Map;

/// <summary>Turns per-buurt values into a <see cref="Choropleth"/>: counts (overlap, differences) or scores in
/// classes.</summary>
public static class ChoroplethBuilder
{
    /// <summary>The fill of a buurt whose value is onbekend.</summary>
    public const string OnbekendColour = OverlapPalette.OnbekendColour;

    /// <summary>How the overlap map reads: the count is of the known opgaven, and onbekend is not "not
    /// urgent".</summary>
    public const string OverlapNote =
        "Geteld over de bekende opgaven: een opgave zonder gegevens is onbekend, niet ‘niet urgent’.";

    /// <summary>Whole counts from 0: one colour each, the last colour for "n of meer".</summary>
    public static Choropleth Counts(string title, IReadOnlyList<BuurtValue> values, Palette palette, string unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var labels = values
            .Select(v => $"{v.Name}: {(v.Value is { } x ? Count(x, unit) : DutchFormat.Onbekend)}")
            .ToArray();
        return Counts(title, values, palette, labels);
    }

    /// <summary>
    /// The overlap: urgent opgaven per buurt, each labelled "x van y bekende opgaven urgent" with y from
    /// <paramref name="known"/>. A buurt in <paramref name="notRanked"/> (a reason, else null) is drawn as onbekend and
    /// labelled "niet gerangschikt".
    /// </summary>
    public static Choropleth Overlap(
        string title,
        IReadOnlyList<BuurtValue> values,
        IReadOnlyList<int> known,
        Palette palette,
        IReadOnlyList<string?>? notRanked = null
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(known);
        string? ReasonOf(int i) => notRanked is null ? null : notRanked[i];
        var shown = values.Select((v, i) => ReasonOf(i) is null ? v : v with { Value = null }).ToArray();
        var labels = values.Select((v, i) => ReasonOf(i) is { } reason
                ? $"{v.Name}: niet gerangschikt, {reason}"
                : $"{v.Name}: {(v.Value is { } x ? DutchText.Overlap((int)x, known[i]) : DutchFormat.Onbekend)}")
            .ToArray();
        var choropleth = Counts(title, shown, palette, labels) with { Note = OverlapNote };
        if (notRanked?.Any(r => r is not null) == true)
        {
            choropleth = choropleth with
            {
                Legend =
                [
                    .. choropleth.Legend.Select(e =>
                        e.Onbekend ? e with { Label = "onbekend of niet gerangschikt" } : e
                    ),
                ],
            };
        }

        return choropleth;
    }

    private static Choropleth Counts(string title, IReadOnlyList<BuurtValue> values, Palette palette, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(palette);
        var top = palette.Colours.Count - 1;
        var classes = values.Select(v => v.Value is { } x ? Math.Clamp((int)x, 0, top) : -1).ToArray();
        var legend = palette
            .Colours.Select(
                (c, i) =>
                    new LegendEntry(
                        c,
                        i == top
                            ? $"{i.ToString(CultureInfo.InvariantCulture)} of meer"
                            : i.ToString(CultureInfo.InvariantCulture)
                    )
            )
            .Append(new LegendEntry(OnbekendColour, DutchFormat.Onbekend, Onbekend: true))
            .ToArray();
        return new Choropleth(title, null, legend, Paint(values, classes, labels, palette.Colours));
    }

    /// <summary>Differences from −2 (or fewer) to +2 (or more) on the diverging palette.</summary>
    public static Choropleth Differences(string title, IReadOnlyList<BuurtValue> values, string unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var colours = Palettes.Diverging;
        var classes = values.Select(v => v.Value is { } x ? Math.Clamp((int)x, -2, 2) + 2 : -1).ToArray();
        var labels = values
            .Select(v => $"{v.Name}: {(v.Value is { } x ? Signed(x) + " " + unit : DutchFormat.Onbekend)}")
            .ToArray();
        string[] names = ["−2 of minder", "−1", "0 (gelijk)", "+1", "+2 of meer"];
        var legend = colours.Select((c, i) => new LegendEntry(c, names[i])).ToArray();
        return new Choropleth(title, null, legend, Paint(values, classes, labels, colours));
    }

    /// <summary>Scores in classes by <paramref name="method"/>; <paramref name="manual"/> gives the breaks of
    /// <see cref="ClassMethod.Manual"/>.</summary>
    public static Choropleth Scores(
        string title,
        IReadOnlyList<BuurtValue> values,
        ClassMethod method,
        Palette palette,
        IReadOnlyList<double>? manual = null
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(palette);
        var breaks = method == ClassMethod.Manual && manual is { Count: > 0 }
            ? manual.Take(palette.Colours.Count - 1).ToArray()
            : Classifier.Breaks(values.Select(v => v.Value ?? double.NaN), method, palette.Colours.Count);
        var colours = palette.Colours.Take(breaks.Count + 1).ToArray();
        var classes = values.Select(v => Classifier.ClassOf(v.Value, breaks)).ToArray();
        var labels = values.Select(v => $"{v.Name}: score {DutchFormat.Score(v.Value)}").ToArray();
        var legend = colours
            .Select(
                (c, i) =>
                    new LegendEntry(c, RangeLabel(i == 0 ? null : breaks[i - 1], i < breaks.Count ? breaks[i] : null))
            )
            .Append(new LegendEntry(OnbekendColour, DutchFormat.Onbekend, Onbekend: true))
            .ToArray();
        return new Choropleth(title, MethodName(method), legend, Paint(values, classes, labels, colours));
    }

    /// <summary>The Dutch name of a class method, as the legend and the selector show it.</summary>
    public static string MethodName(ClassMethod method) =>
        method switch
        {
            ClassMethod.Quantiles => "kwantielen",
            ClassMethod.EqualIntervals => "gelijke intervallen",
            ClassMethod.NaturalBreaks => "natuurlijke grenzen (Jenks)",
            _ => "handmatig",
        };

    private static MapPaint Paint(
        IReadOnlyList<BuurtValue> values,
        int[] classes,
        string[] labels,
        IReadOnlyList<string> colours
    ) => new(values.Select(v => v.Code).ToArray(), classes, labels, colours, OnbekendColour);

    private static string RangeLabel(double? from, double? below) => (from, below) switch
    {
        (null, { } b) => $"lager dan {DutchFormat.Number(b)}",
        ({ } f, null) => $"{DutchFormat.Number(f)} en hoger",
        ({ } f, { } b) => $"{DutchFormat.Number(f)} tot {DutchFormat.Number(b)}",
        _ => "alle buurten",
    };

    private static string Count(double x, string unit) => $"{DutchFormat.Number(x)} {unit}";

    private static string Signed(double x) =>
        x > 0 ? "+" + DutchFormat.Number(x) : DutchFormat.Number(x).Replace('-', '−');
}
