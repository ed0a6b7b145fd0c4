using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.IO.Profiles;

/// <summary>
/// Reads the optional <c>"definition": { "layer", "aggregator", "field", "classField", "values", "parameters": {
/// "perHectare" } }</c> of an indicator catalogue entry. Every problem is logged with its JSON path and gives no
/// definition.
/// </summary>
internal sealed class IndicatorDefinitionParser(JsonFields fields)
{
    public const string Property = "definition";

    public IndicatorDefinition? Parse(JsonElement entry, string entryPath)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(Property, out var definition))
        {
            return null;
        }

        var path = $"{entryPath}.{Property}";
        if (definition.ValueKind != JsonValueKind.Object)
        {
            fields.Bad(
                path,
                "Verwacht een object met layer, aggregator en zo nodig field, classField, values en parameters."
            );
            return null;
        }

        var layer = fields.Text(definition, path, "layer");
        var name = fields.Text(definition, path, "aggregator");
        var field = Optional(definition, path, "field");
        var classField = Optional(definition, path, "classField");
        var values = Values(definition, path);
        var parameters = Parameters(definition, path);
        if (layer.Length == 0 || name.Length == 0 || parameters is null || values is null)
        {
            return null;
        }

        var (perHectare, threshold, centre) = parameters.Value;

        if (!IndicatorDefinition.Names.TryGetValue(name, out var aggregator))
        {
            fields.Bad(
                $"{path}.aggregator",
                $"Onbekende aggregator '{name}'; kies uit {string.Join(", ", IndicatorDefinition.Names.Keys)}."
            );
            return null;
        }

        if (IndicatorDefinition.NeedsField(aggregator) && field is null)
        {
            fields.Bad($"{path}.field", $"De aggregator '{name}' heeft een numeriek veld nodig.");
            return null;
        }

        if (values.Count > 0 && classField is null)
        {
            fields.Bad($"{path}.classField", "Met values hoort een classField: het veld waarin die klassen staan.");
            return null;
        }

        if ((aggregator == IndicatorAggregator.RasterShare) != threshold.HasValue)
        {
            fields.Bad(
                $"{path}.parameters.threshold",
                "Een drempel (threshold) hoort bij raster.share, en raster.share heeft er een nodig."
            );
            return null;
        }

        var mask = Optional(definition, path, "mask");
        if (mask is not null && !name.StartsWith("raster.", StringComparison.Ordinal))
        {
            fields.Bad(
                $"{path}.mask",
                "Een masker (mask: een vlakkenlaag zoals het bebouwd gebied) hoort alleen bij een raster-aggregator."
            );
            return null;
        }

        return new IndicatorDefinition(layer, aggregator, field, classField, values, perHectare)
        {
            Needs = Optional(definition, path, "needs"),
            Threshold = threshold,
            CentreCoverage = centre,
            Mask = mask,
        };
    }

    private string? Optional(JsonElement definition, string path, string name) =>
        fields.OptionalText(definition, path, name, string.Empty) is { Length: > 0 } text ? text : null;

    /// <summary>Class values as text: strings as they are, numbers as JSON writes them (3 → "3").</summary>
    private List<string>? Values(JsonElement definition, string path)
    {
        var values = new List<string>();
        foreach (var (value, i) in fields.Array(definition, path, "values", required: false).Select((v, i) => (v, i)))
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String when value.GetString()!.Trim().Length > 0:
                    values.Add(value.GetString()!.Trim());
                    break;
                case JsonValueKind.Number:
                    values.Add(value.GetRawText());
                    break;
                default:
                    fields.Bad(
                        string.Create(CultureInfo.InvariantCulture, $"{path}.values[{i}]"),
                        "Verwacht een klasse als tekst of getal."
                    );
                    return null;
            }
        }

        return values;
    }

    private (bool PerHectare, double? Threshold, bool CentreCoverage)? Parameters(JsonElement definition, string path)
    {
        if (!definition.TryGetProperty("parameters", out var parameters))
        {
            return (false, null, false);
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            fields.Bad($"{path}.parameters", "Verwacht een object, bijvoorbeeld { \"perHectare\": true }.");
            return null;
        }

        foreach (
            var unknown in parameters
                .EnumerateObject()
                .Where(p => p.Name is not ("perHectare" or "threshold" or "coverage"))
        )
        {
            fields.Warn($"{path}.parameters.{unknown.Name}", "Onbekende parameter; die wordt genegeerd.");
        }

        var perHectare = false;
        if (parameters.TryGetProperty("perHectare", out var flag))
        {
            if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                fields.Bad($"{path}.parameters.perHectare", "Verwacht true of false.");
                return null;
            }

            perHectare = flag.GetBoolean();
        }

        var coverage = fields.OptionalText(parameters, $"{path}.parameters", "coverage", "exact");
        if (coverage is not ("exact" or "centre"))
        {
            fields.Bad(
                $"{path}.parameters.coverage",
                "Verwacht 'exact' (deel van elke cel in de buurt) of 'centre' (cellen met hun middelpunt in de buurt)."
            );
            return null;
        }

        var threshold = fields.OptionalNumber(parameters, $"{path}.parameters", "threshold", -1e12, 1e12);
        return (perHectare, threshold, coverage == "centre");
    }
}
