using System.Xml;

namespace GeoOpgave.IO.Esdl;

/// <summary>An ESDL <c>QuantityAndUnitType</c> in the words of a Dutch report: "GJ per jaar".</summary>
internal static class EsdlUnit
{
    private static readonly Dictionary<string, string> Multipliers = new(StringComparer.Ordinal)
    {
        ["KILO"] = "k",
        ["MEGA"] = "M",
        ["GIGA"] = "G",
        ["TERA"] = "T",
        ["PETA"] = "P",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["JOULE"] = "J",
        ["WATTHOUR"] = "Wh",
        ["WATT"] = "W",
        ["CUBIC_METRE"] = "m³",
        ["GRAM"] = "g",
        ["EURO"] = "euro",
    };

    private static readonly Dictionary<string, string> Periods = new(StringComparer.Ordinal)
    {
        ["YEAR"] = "per jaar",
        ["MONTH"] = "per maand",
        ["DAY"] = "per dag",
        ["HOUR"] = "per uur",
    };

    /// <summary>The unit of the element the reader stands on.</summary>
    public static string Describe(XmlReader reader)
    {
        var unit = reader.GetAttribute("unit") ?? string.Empty;
        var text = (Multipliers.GetValueOrDefault(reader.GetAttribute("multiplier") ?? string.Empty) ?? string.Empty)
            + (Units.GetValueOrDefault(unit) ?? unit.ToLowerInvariant());
        return reader.GetAttribute("perTimeUnit") is { } period && Periods.TryGetValue(period, out var per)
            ? $"{text} {per}"
            : text;
    }
}
