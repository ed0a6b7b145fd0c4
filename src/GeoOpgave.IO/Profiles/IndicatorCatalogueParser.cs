using System.Text.Json;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.IO.Profiles;

/// <summary>
/// Reads <c>"indicatorCatalogue": { "id": { "name", "unit", "source", "decimals", "definition" } }</c>
/// (the definition: see <see cref="IndicatorDefinitionParser"/>). Absent is fine
/// (explanations then show ids); when present, every indicator the opgaven use should be in it, and a
/// missing one is a warning.
/// </summary>
internal sealed class IndicatorCatalogueParser(JsonFields fields)
{
    public const string Property = "indicatorCatalogue";

    public Dictionary<string, IndicatorInfo> Parse(JsonElement root, IEnumerable<string> usedIndicatorIds)
    {
        var catalogue = new Dictionary<string, IndicatorInfo>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(Property, out var section))
        {
            return catalogue;
        }

        var path = $"$.{Property}";
        if (section.ValueKind != JsonValueKind.Object)
        {
            fields.Bad(path, "Verwacht een object met per indicator-id naam, eenheid en bron.");
            return catalogue;
        }

        var definitions = new IndicatorDefinitionParser(fields);
        foreach (var entry in section.EnumerateObject())
        {
            var entryPath = $"{path}.{entry.Name}";
            catalogue[entry.Name] = new IndicatorInfo(
                entry.Name,
                fields.Text(entry.Value, entryPath, "name"),
                fields.OptionalText(entry.Value, entryPath, "unit", string.Empty),
                fields.Text(entry.Value, entryPath, "source"))
            {
                Decimals = (int)(fields.OptionalNumber(entry.Value, entryPath, "decimals", 0, 6) ?? 0),
                Definition = definitions.Parse(entry.Value, entryPath),
                Obtain = fields.OptionalText(entry.Value, entryPath, "obtain", string.Empty) is { Length: > 0 } obtain
                    ? obtain
                    : null,
                Denominator = fields.OptionalText(entry.Value, entryPath, "denominator", string.Empty)
                    is { Length: > 0 } denominator
                    ? denominator
                    : null,
            };
        }

        foreach (var id in usedIndicatorIds.Distinct(StringComparer.Ordinal).Where(id => !catalogue.ContainsKey(id)))
        {
            fields.Warn(path, $"De indicator '{id}' staat niet in de catalogus; de uitleg toont dan alleen de id.");
        }

        return catalogue;
    }
}
