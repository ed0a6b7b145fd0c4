using System.Globalization;
using System.Xml.Linq;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The QGIS style (QML) of the overlap map: a rule-based fill per overlap class with the legend's colours and labels,
/// and a dashed grey fill for buurten whose opgaven are all onbekend — the same rules as the web map.
/// </summary>
public static class OverlapStyleQml
{
    private const string OverlapField = "overlap";
    private const string UrgentiePrefix = "urgentie_";
    private const string Outline = "75,75,75,230";

    // The web map fills at 72 % opacity.
    private const int FillAlpha = 184;

    /// <summary>The QML document for a buurten layer with these attribute names.</summary>
    public static string Build(OverlapLegend legend, IEnumerable<string> attributeNames)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(attributeNames);
        if (legend.Colours.Count == 0)
        {
            throw new ArgumentException("The legend has no colours.", nameof(legend));
        }

        var urgentie = attributeNames.Where(n => n.StartsWith(UrgentiePrefix, StringComparison.Ordinal)).ToArray();
        var onbekend =
            urgentie.Length == 0 ? null : string.Join(" AND ", urgentie.Select(n => $"{Field(n)} = 'onbekend'"));
        var rules = new List<XElement>();
        var symbols = new List<XElement>();
        for (var i = 0; i < legend.Colours.Count; i++)
        {
            var last = i == legend.Colours.Count - 1;
            var filter = last ? $"{Field(OverlapField)} >= {Invariant(i)}" : $"{Field(OverlapField)} = {Invariant(i)}";
            rules.Add(
                Rule(
                    i,
                    last ? $"{Invariant(i)} of meer" : Invariant(i),
                    onbekend is null ? filter : $"({filter}) AND NOT ({onbekend})"
                )
            );
            symbols.Add(Symbol(i, legend.Colours[i], dashed: false));
        }

        if (onbekend is not null)
        {
            rules.Add(Rule(legend.Colours.Count, "onbekend", onbekend));
            symbols.Add(Symbol(legend.Colours.Count, legend.OnbekendColour, dashed: true));
        }

        var document = new XDocument(
            new XDocumentType("qgis", "http://mrcc.com/qgis.dtd", "SYSTEM", null),
            Element(
                "qgis",
                [("version", "3.28.0"), ("styleCategories", "Symbology")],
                Element(
                    "renderer-v2",
                    [("type", "RuleRenderer"), ("symbollevels", "0"), ("enableorderby", "0"), ("forceraster", "0")],
                    new XElement("rules", new XAttribute("key", Key(99)), rules),
                    new XElement("symbols", symbols)),
                new XElement("layerGeometryType", "2")));
        return document.ToString();
    }

    /// <summary>"#fd8d3c" as QGIS's "253,141,60,alpha".</summary>
    public static string QgisColour(string hex, int alpha)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hex);
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException($"'{hex}' is not a #rrggbb colour.", nameof(hex));
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(rgb >> 16) & 0xFF},{(rgb >> 8) & 0xFF},{rgb & 0xFF},{alpha}"
        );
    }

    private static XElement Rule(int index, string label, string filter) =>
        Element("rule", [("key", Key(index)), ("symbol", Invariant(index)), ("label", label), ("filter", filter)]);

    private static XElement Symbol(int index, string colour, bool dashed) => Element(
        "symbol",
        [("type", "fill"), ("name", Invariant(index)), ("alpha", "1"), ("clip_to_extent", "1"), ("force_rhr", "0")],
        Element(
            "layer",
            [("class", "SimpleFill"), ("enabled", "1"), ("locked", "0"), ("pass", "0")],
            new XElement(
                "Option",
                new XAttribute("type", "Map"),
                Option("color", QgisColour(colour, FillAlpha)),
                Option("outline_color", Outline),
                Option("outline_style", dashed ? "dash" : "solid"),
                Option("outline_width", "0.26"),
                Option("outline_width_unit", "MM"),
                Option("style", "solid"))));

    private static XElement Option(string name, string value) =>
        Element("Option", [("type", "QString"), ("name", name), ("value", value)]);

    /// <summary>An element with its attributes, in the order given, then its children.</summary>
    private static XElement Element(
        string name,
        IEnumerable<(string Name, string Value)> attributes,
        params object[] children
    ) => new(name, [.. attributes.Select(a => new XAttribute(a.Name, a.Value)), .. children]);

    private static string Field(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Invariant(int i) => i.ToString(CultureInfo.InvariantCulture);

    // Stable rule keys so the same analysis always gives the same bytes.
    private static string Key(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{{00000000-0000-0000-0000-{i:D12}}}");
}
