using System.Globalization;
using System.Xml;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Esdl;

/// <summary>
/// Reads an ESDL energy system (TNO's Energy System Description Language, as the Energietransitiemodel and Vesta MAIS
/// write it) as a table joined by CBS area code: every <c>area</c> whose id (or name) is a BU/WK/GM code is a row.
/// Its columns are the area's KPIs (by name), its aggregated buildings (their <c>numberOfBuildings</c>, by asset
/// name) and its demand and production assets (the value of their single-value profile, by asset name; the unit is
/// said in the report). An empty value, a CBS sentinel or text that is no number is unknown, never zero. The file is
/// streamed; a DTD or external entity is refused.
/// </summary>
public static class EsdlReader
{
    private const string EsdlNamespace = "http://www.tno.nl/esdl";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The table, or a null value with an error when the file is no ESDL or has no area with a CBS
    /// code.</summary>
    public static ReadResult<CodeTable> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var log = new IssueLog(path) { Layer = Path.GetFileNameWithoutExtension(path) };
        if (!log.RequireFile(path))
        {
            return log.Result<CodeTable>(null);
        }

        List<EsdlAreaValues> areas;
        Dictionary<string, string> units;
        try
        {
            (areas, units) = ReadAreas(path, log);
        }
        catch (XmlException ex)
        {
            var place = ex.LineNumber > 0
                ? string.Create(CultureInfo.InvariantCulture, $" (regel {ex.LineNumber}, positie {ex.LinePosition})")
                : string.Empty;
            log.Error(
                IssueKind.UnreadableFile,
                $"Dit is geen geldige XML{place}: de tekst houdt op, bevat een onverwacht teken of een DTD "
                    + "(die niet wordt toegestaan).",
                row: ex.LineNumber > 0 ? ex.LineNumber : null);
            return log.Result<CodeTable>(null);
        }

        return log.HasErrors ? log.Result<CodeTable>(null) : log.Result(EsdlTable.Build(log.Layer!, areas, units, log));
    }

    private static (List<EsdlAreaValues> Areas, Dictionary<string, string> Units) ReadAreas(string path, IssueLog log)
    {
        using var reader = XmlReader.Create(path, Settings);
        var lines = (IXmlLineInfo)reader;
        reader.MoveToContent();
        if (reader.LocalName != "EnergySystem" || reader.NamespaceURI != EsdlNamespace)
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                $"Dit is geen ESDL-bestand: het hoofdelement is '{reader.Name}', verwacht esdl:EnergySystem.",
                row: lines.LineNumber);
            return ([], []);
        }

        var areas = new List<EsdlAreaValues>();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var open = new Stack<(string Name, EsdlAreaValues? Area, string? Asset)>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                // The root's end: its start was read before the loop.
                if (open.Count == 0)
                {
                    break;
                }

                if (open.Pop().Area is { } closed)
                {
                    areas.Add(closed);
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var area = open.FirstOrDefault(f => f.Area is not null).Area;
            var asset = open.FirstOrDefault(f => f.Asset is not null || f.Name == "area").Asset;
            var frame = (reader.LocalName, (EsdlAreaValues?)null, (string?)null);
            switch (reader.LocalName)
            {
                case "area":
                    var id = reader.GetAttribute("id") ?? string.Empty;
                    var code = AreaCode.Normalise(id) ?? AreaCode.Normalise(reader.GetAttribute("name"));
                    frame.Item2 = new EsdlAreaValues(code, id, lines.LineNumber);
                    break;
                case "kpi" when area is not null:
                    Add(area, reader.GetAttribute("name"), reader.GetAttribute("value"), lines.LineNumber, log);
                    break;
                case "asset" when area is not null:
                    var name = reader.GetAttribute("name");
                    if (reader.GetAttribute("numberOfBuildings") is { } buildings)
                    {
                        Add(area, name, buildings, lines.LineNumber, log);
                    }
                    else
                    {
                        frame.Item3 = name;
                    }

                    break;
                case "profile" when area is not null && asset is not null && IsSingleValue(reader):
                    Add(area, asset, reader.GetAttribute("value") ?? string.Empty, lines.LineNumber, log);
                    break;
                case "profileQuantityAndUnit" when asset is not null:
                    units.TryAdd(asset, EsdlUnit.Describe(reader));
                    break;
            }

            if (reader.IsEmptyElement)
            {
                if (frame.Item2 is { } empty)
                {
                    areas.Add(empty);
                }
            }
            else
            {
                open.Push(frame);
            }
        }

        return (areas, units);
    }

    private static bool IsSingleValue(XmlReader reader) =>
        reader.GetAttribute("type", XsiNamespace)?.EndsWith("SingleValue", StringComparison.Ordinal) == true;

    private static void Add(EsdlAreaValues area, string? column, string? value, int line, IssueLog log)
    {
        if (string.IsNullOrWhiteSpace(column) || value is null)
        {
            return;
        }

        if (!area.Values.TryAdd(column.Trim(), (value, line)))
        {
            log.Warning(
                IssueKind.DuplicateCode,
                $"Het gebied {area.ShownId} heeft '{column.Trim()}' vaker; alleen de eerste waarde telt.",
                field: column.Trim(),
                row: line);
        }
    }
}
