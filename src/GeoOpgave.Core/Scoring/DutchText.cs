using System.Globalization;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>Dutch wording of explanations; numbers always in nl-NL notation (1.850,5), never the machine's
/// culture.</summary>
public static class DutchText
{
    /// <summary>The culture of every number in an explanation.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The text with its first letter in upper case: a phrase that starts a sentence of its own.</summary>
    public static string Capitalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];
    }

    /// <summary>A raw value with its unit ("1.850 m³", "64 %"), or "onbekend".</summary>
    public static string Value(double? value, IndicatorInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (value is not { } v)
        {
            return "onbekend";
        }

        var number = v.ToString("N" + info.Decimals.ToString(CultureInfo.InvariantCulture), Culture);
        return info.Unit.Length == 0 ? number : $"{number} {info.Unit}";
    }

    /// <summary>A raw value with its unit and where it comes from in time ("7,1 % (2022)"), or "onbekend".</summary>
    public static string Value(
        double? value,
        IndicatorInfo info,
        IndicatorObservation? observation,
        int? boundaryYear
    ) =>
        value is null
            ? Value(value, info)
            : Value(value, info) + Reference(observation is null ? [] : [observation], boundaryYear);

    /// <summary>
    /// The reference year of values, with a space before it: " (2022)", " (2021–2023)" when they differ, and
    /// " (2022, omgerekend naar buurtindeling 2024)" when a value was converted to other buurten; empty for none.
    /// </summary>
    public static string Reference(IReadOnlyCollection<IndicatorObservation> observations, int? boundaryYear)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0)
        {
            return string.Empty;
        }

        var first = observations.Min(o => o.Year);
        var last = observations.Max(o => o.Year);
        var years = first == last ? Number(first) : $"{Number(first)}–{Number(last)}";
        var converted = observations.Any(o => o.ConvertedFrom is not null) && boundaryYear is { } b
            ? $", omgerekend naar buurtindeling {Number(b)}"
            : string.Empty;
        return $" ({years}{converted})";
    }

    /// <summary>The one-sentence explanation of an opgave in a buurt.</summary>
    public static string Sentence(OpgaveExplanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var opgave = OpgaveNoun(e.OpgaveId, e.OpgaveName);
        if (e.NotRankedReason is { } reason)
        {
            return $"{e.BuurtName} is niet gerangschikt ({reason}), dus {opgave} krijgt hier geen score.";
        }

        if (e.Score is not { } score)
        {
            return e.Coverage >= e.MinimumCoverage && e.MissingKeyIndicators.Count > 0
                ? $"Voor {e.BuurtName} is {opgave} onbekend: {(e.MissingKeyIndicators.Count == 1 ? "het belangrijkste cijfer ontbreekt" : "de belangrijkste cijfers ontbreken")} "
                    + $"({List([.. e.MissingKeyIndicators.Select(n => $"‘{n}’")])}); zonder dat cijfer zeggen de andere te weinig."
                : $"Voor {e.BuurtName} is {opgave} onbekend: slechts {Percent(e.Coverage)} van de indicatoren (naar belang gewogen) heeft gegevens, minimaal {Percent(e.MinimumCoverage)} is nodig.";
        }

        var verdict = e.Class switch
        {
            UrgencyClass.Hoog => $"is {opgave} urgent",
            UrgencyClass.Midden => $"vraagt {opgave} aandacht",
            _ => $"is {opgave} niet urgent",
        };
        var head = $"In {e.BuurtName} {verdict} (score {score.ToString("N0", Culture)})";
        var drivers = e.Indicators
            .Where(i => i.Contribution is > 0)
            .OrderByDescending(i => i.Contribution)
            .Take(2)
            .Select(Driver)
            .ToArray();
        return e.Class == UrgencyClass.Laag || drivers.Length == 0
            ? head + "."
            : $"{head}: {string.Join(" en ", drivers)}.";
    }

    /// <summary>
    /// An opgave as a Dutch noun phrase with its article, as it reads in a sentence: "de energieopgave", "de sociale
    /// opgave"; an opgave id without a known noun reads "de opgave" and its name ("de opgave mobiliteit").
    /// </summary>
    public static string OpgaveNoun(string opgaveId, string opgaveName)
    {
        ArgumentNullException.ThrowIfNull(opgaveName);
        return OpgaveNouns.TryGetValue(opgaveId ?? string.Empty, out var noun)
            ? noun
            : $"de opgave {LowerFirst(opgaveName)}";
    }

    /// <summary>The overlap of a buurt counted honestly: "2 van 3 bekende opgaven urgent" (onbekend is not "not
    /// urgent").</summary>
    public static string Overlap(int urgent, int known) =>
        $"{Number(urgent)} van {Number(known)} bekende {(known == 1 ? "opgave" : "opgaven")} urgent";

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}",
        };
    }

    private static readonly Dictionary<string, string> OpgaveNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["energie"] = "de energieopgave",
        ["energietransitie"] = "de energieopgave",
        ["klimaatadaptatie"] = "de klimaatopgave",
        ["klimaat"] = "de klimaatopgave",
        ["wonen"] = "de woonopgave",
        ["sociaal"] = "de sociale opgave",
        ["mobiliteit"] = "de mobiliteitsopgave",
        ["gezondheid"] = "de gezondheidsopgave",
    };

    private static string Driver(IndicatorExplanation i) => $"{i.Info.Name} {i.FormattedValue}{Position(i)}";

    // Where the raw value stands in the gemeente, said only when it is in the urgent quarter.
    private static string Position(IndicatorExplanation i)
    {
        if (i.GemeentePercentile is not { } p)
        {
            return string.Empty;
        }

        var higher = i.Direction == IndicatorDirection.HigherIsMoreUrgent;
        var share = higher ? 100 - p : p;
        var side = higher ? "hoogste" : "laagste";
        if (share <= 0)
        {
            return $" ({side} van de gemeente)";
        }

        var rounded = Math.Ceiling(share / 5) * 5;
        return rounded <= 25 ? $" ({side} {rounded.ToString("N0", Culture)} % van de gemeente)" : string.Empty;
    }

    private static string Number(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => $"{(share * 100).ToString("N0", Culture)} %";

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], Culture) + text[1..];
}
