using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Features;

namespace GeoOpgave.IO.Cbs;

/// <summary>What the fields of one layer mean: its area level, where code and name are, which fields are
/// indicators.</summary>
internal sealed class CbsLayerSchema
{
    private readonly Dictionary<string, string> _byCanonical;

    private CbsLayerSchema(
        AreaLevel level,
        Dictionary<string, string> byCanonical,
        IReadOnlyList<(string Field, string Indicator)> indicators
    )
    {
        Level = level;
        _byCanonical = byCanonical;
        Indicators = indicators;
    }

    public AreaLevel Level { get; }

    /// <summary>The original field holding the area code of <see cref="Level"/>.</summary>
    public string CodeField => _byCanonical[CodeFieldOf(Level)];

    /// <summary>The numeric fields (original name) and their indicator ids (snake_case).</summary>
    public IReadOnlyList<(string Field, string Indicator)> Indicators { get; }

    /// <summary>The schema of a layer, or null when no field holds a gemeente, wijk or buurt code.</summary>
    public static CbsLayerSchema? Of(VectorLayer layer)
    {
        var byCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in layer.Features)
        {
            foreach (var name in feature.Attributes.GetNames())
            {
                byCanonical.TryAdd(CbsFieldAliases.Canonical(name), name);
            }
        }

        AreaLevel? level = byCanonical.ContainsKey(CbsFieldAliases.BuurtCode) ? AreaLevel.Buurt
            : byCanonical.ContainsKey(CbsFieldAliases.WijkCode) ? AreaLevel.Wijk
            : byCanonical.ContainsKey(CbsFieldAliases.GemeenteCode) ? AreaLevel.Gemeente
            : StatCodeLevel(layer, byCanonical);
        return level is null ? null : new CbsLayerSchema(level.Value, byCanonical, NumericFields(layer, byCanonical));
    }

    // CBS's gebiedsindelingen (PDOK cbsgebiedsindelingen) name every level's code statcode and its name statnaam;
    // the level is in the code itself. They then stand for the level's own code and name fields.
    private static AreaLevel? StatCodeLevel(VectorLayer layer, Dictionary<string, string> byCanonical)
    {
        if (!byCanonical.TryGetValue(CbsFieldAliases.StatCode, out var field))
        {
            return null;
        }

        var first = layer.Features
            .Select(f => f.Attributes.Exists(field) ? AreaCode.Normalise(f.Attributes[field] as string) : null)
            .FirstOrDefault(c => c is not null);
        if (first is null || AreaCode.LevelOf(first) is not { } level)
        {
            return null;
        }

        byCanonical[CodeFieldOf(level)] = field;
        if (byCanonical.TryGetValue(CbsFieldAliases.StatNaam, out var name))
        {
            byCanonical[NameFieldOf(level)] = name;
        }

        return level;
    }

    /// <summary>The original name of a canonical field, or null when the layer does not have it.</summary>
    public string? Field(string canonical) => _byCanonical.GetValueOrDefault(canonical);

    public string? NameField => Field(NameFieldOf(Level));

    private static string NameFieldOf(AreaLevel level) => level switch
    {
        AreaLevel.Gemeente => CbsFieldAliases.GemeenteNaam,
        AreaLevel.Wijk => CbsFieldAliases.WijkNaam,
        _ => CbsFieldAliases.BuurtNaam,
    };

    private static string CodeFieldOf(AreaLevel level) => level switch
    {
        AreaLevel.Gemeente => CbsFieldAliases.GemeenteCode,
        AreaLevel.Wijk => CbsFieldAliases.WijkCode,
        _ => CbsFieldAliases.BuurtCode,
    };

    private static List<(string Field, string Indicator)> NumericFields(
        VectorLayer layer,
        Dictionary<string, string> byCanonical
    )
    {
        var fields = new List<(string, string)>();
        foreach (var (canonical, field) in byCanonical)
        {
            // Apart from the descriptive fields every CBS field is numeric, so an all-empty column is a kerncijfer
            // whose values are all unknown; a column of text only is something else.
            var values = layer.Features.Select(f => f.Attributes.Exists(field) ? f.Attributes[field] : null).ToArray();
            var numeric = values.Any(v => v is long or double) || values.All(v => v is null);
            if (
                numeric
                && (!CbsFieldAliases.IsDescriptive(canonical) || canonical == CbsFieldAliases.IndelingsWijziging)
            )
            {
                fields.Add((field, canonical));
            }
        }

        return fields;
    }
}
