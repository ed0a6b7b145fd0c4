using System.Text.RegularExpressions;

namespace GeoOpgave.Core.Areas;

/// <summary>Recognises and normalises CBS area codes (GM0363, WK036300, BU03630000).</summary>
public static partial class AreaCode
{
    /// <summary>Trims and upper-cases a code as it appears in the wild; null when it is not a CBS code.</summary>
    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.Trim().ToUpperInvariant();
        return CodePattern().IsMatch(code) ? code : null;
    }

    /// <summary>The level a valid code belongs to, from its prefix; null for anything else.</summary>
    public static AreaLevel? LevelOf(string? code) => Normalise(code) switch
    {
        null => null,
        var c when c.StartsWith("GM", StringComparison.Ordinal) => AreaLevel.Gemeente,
        var c when c.StartsWith("WK", StringComparison.Ordinal) => AreaLevel.Wijk,
        _ => AreaLevel.Buurt,
    };

    /// <summary>
    /// The level and gemeente of a valid code: its first six characters, since a CBS code starts with its gemeente's
    /// digits ("BU0308" for the buurten of GM0308, "WK0308" for its wijken, "GM0308" for the gemeente itself).
    /// </summary>
    public static string PartOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length > 6 ? code[..6] : code;
    }

    /// <summary>The gemeente code of a valid code (GM0308 for BU03080000, WK030800 and GM0308).</summary>
    public static string GemeenteOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Concat("GM", code.AsSpan(2, 4));
    }

    /// <summary>The gemeenten of the valid codes among <paramref name="codes"/>, each once, in code order.</summary>
    public static List<string> GemeentenOf(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes
            .Select(Normalise)
            .OfType<string>()
            .Select(GemeenteOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Gemeente codes for a message, in code order: all, or the first five and how many more.</summary>
    public static string ListGemeenten(IEnumerable<string> gemeenten)
    {
        ArgumentNullException.ThrowIfNull(gemeenten);
        var ordered = gemeenten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ordered.Count <= 5
            ? string.Join(", ", ordered)
            : $"{string.Join(", ", ordered.Take(5))} en nog {ordered.Count - 5}";
    }

    /// <summary>The gemeente codes of lists as a user writes them ("GM0308, gm0307"), normalised.</summary>
    /// <param name="lists">Comma-separated lists.</param>
    /// <param name="invalid">The first entry that is no gemeente code; null when all are.</param>
    public static IReadOnlySet<string> GemeenteList(IEnumerable<string> lists, out string? invalid)
    {
        ArgumentNullException.ThrowIfNull(lists);
        invalid = null;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in lists.SelectMany(l =>
            l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Normalise(entry) is { } code && LevelOf(code) == AreaLevel.Gemeente)
            {
                codes.Add(code);
            }
            else
            {
                invalid ??= entry;
            }
        }

        return codes;
    }

    [GeneratedRegex("^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
