using System.Text.Json;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.IO.Profiles;

/// <summary>
/// Reads a koppelkans: its opgaven (that must all be urgent) and, optionally, the planned works it needs
/// (<c>"werken": { "soorten": ["riolering", ["warmtenet", "herinrichting-openbare-ruimte"]], "withinYears": 3 }</c>,
/// where a nested list is a group of alternatives). A koppelkans without <c>werken</c> reads as it always has.
/// </summary>
internal sealed class KoppelkansParser(
    JsonFields fields,
    IReadOnlySet<string> opgaveIds,
    IReadOnlySet<string> werksoortIds
)
{
    /// <summary>The most years a window may span: longer than any municipal planning horizon.</summary>
    private const int MaximumWindowYears = 50;

    public KoppelkansDefinition Parse(JsonElement e, string path)
    {
        var werken =
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty("werken", out var w)
                ? ParseWerken(w, $"{path}.werken")
                : null;
        var opgaven = fields
            .Array(e, path, "opgaven", required: werken is null)
            .Select(
                (x, i) =>
                {
                    var id = x.ValueKind == JsonValueKind.String ? x.GetString()! : string.Empty;
                    if (!opgaveIds.Contains(id))
                    {
                        fields.Bad($"{path}.opgaven[{i}]", $"'{id}' is geen opgave van dit profiel.");
                    }

                    return id;
                }
            )
            .ToArray();
        return new KoppelkansDefinition(
            fields.Text(e, path, "id"),
            fields.Text(e, path, "name"),
            opgaven,
            fields.Text(e, path, "rationale")
        )
        {
            Werken = werken,
        };
    }

    private KoppelkansWerken ParseWerken(JsonElement e, string path)
    {
        var groups = fields.Array(e, path, "soorten").Select((x, i) => Group(x, $"{path}.soorten[{i}]")).ToArray();
        if (groups.Length is < 1 or > 2)
        {
            fields.Bad(
                $"{path}.soorten",
                "Geef één werksoort (of groep) die in de buurt gepland is, of twee die in dezelfde straat samenvallen."
            );
        }

        var within = groups.Length == 2
            ? (int)fields.Number(e, path, "withinYears", 0, MaximumWindowYears)
            : (int)(fields.OptionalNumber(e, path, "withinYears", 0, MaximumWindowYears) ?? 0);
        return new KoppelkansWerken(groups, within);
    }

    // A group is one werksoort id or a list of ids of which any will do.
    private IReadOnlyList<string> Group(JsonElement e, string path)
    {
        var ids =
            e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray()
                    .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : string.Empty)
                    .ToArray()
                : [e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty];
        if (ids.Length == 0)
        {
            fields.Bad(path, "Een groep werksoorten is leeg.");
        }

        foreach (var id in ids.Where(id => !werksoortIds.Contains(id)))
        {
            fields.Bad(path, $"'{id}' is geen werksoort van dit profiel.");
        }

        return ids;
    }
}
