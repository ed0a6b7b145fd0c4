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

    [GeneratedRegex("^(GM[0-9]{4}|WK[0-9]{6}|BU[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
