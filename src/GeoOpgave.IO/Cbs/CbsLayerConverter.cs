using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.Cbs;

/// <summary>Turns the layers of a CBS wijk- en buurtkaart into areas and kerncijfers, logging every rejected
/// area; with <paramref name="gemeenten"/> only the areas of those gemeenten (a national file, one gemeente).</summary>
internal sealed class CbsLayerConverter(int? yearOption, IssueLog log, IReadOnlySet<string>? gemeenten = null)
{
    private readonly Dictionary<string, int> _otherGemeenten = new(StringComparer.Ordinal);
    private readonly List<Area> _areas = [];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly List<IndicatorValue> _values = [];
    private readonly Dictionary<string, int> _sentinels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parentNames = new(StringComparer.Ordinal);

    /// <summary>Adds the areas of one layer; features in <paramref name="skip"/> were already rejected by the format
    /// reader.</summary>
    public void Add(VectorLayer layer, CbsLayerSchema schema, IReadOnlySet<int> skip)
    {
        log.Layer = layer.Name;
        if (CbsYear.Of(layer, schema, yearOption, log) is not { } yearOf)
        {
            return;
        }

        for (var index = 0; index < layer.Features.Count; index++)
        {
            if (!skip.Contains(index))
            {
                AddFeature(layer.Features[index], index, schema, yearOf(layer.Features[index]));
            }
        }
    }

    /// <summary>Whether the feature's area is one to read: of an asked gemeente, or with a code that is no CBS code
    /// at all (which is reported).</summary>
    public bool Keeps(IFeature feature, CbsLayerSchema schema) =>
        AreaCodeOf(feature, schema) is not { } code || IsAsked(code);

    /// <summary>For a format reader that can skip geometries: whether a row's geometry is worth parsing, which it is
    /// not when its first code field (buurt, wijk, gemeente or statcode) names a gemeente that was not asked. A new
    /// judge for each layer, since it finds the code field on the layer's first row. Null without a filter.</summary>
    public Func<IAttributesTable, bool>? GeometryJudge()
    {
        if (gemeenten is null)
        {
            return null;
        }

        string? codeField = null;
        var found = false;
        return attributes =>
        {
            if (!found)
            {
                codeField = FirstCodeField(attributes);
                found = true;
            }

            return codeField is null
                || AreaCode.Normalise(attributes.Exists(codeField) ? attributes[codeField] as string : null)
                    is not { } code
                || IsAsked(code);
        };
    }

    private static string? FirstCodeField(IAttributesTable attributes)
    {
        var names = attributes.GetNames();
        string[] codes = [CbsFieldAliases.BuurtCode, CbsFieldAliases.WijkCode, CbsFieldAliases.GemeenteCode,
            CbsFieldAliases.StatCode];
        return codes
            .Select(c => names.FirstOrDefault(n => CbsFieldAliases.Canonical(n) == c))
            .FirstOrDefault(n => n is not null);
    }

    /// <summary>The area code in the feature's code field, normalised; null when it holds none.</summary>
    public static string? AreaCodeOf(IFeature feature, CbsLayerSchema schema) =>
        AreaCode.Normalise(CodeOf(feature, schema) as string);

    private bool IsAsked(string code) => gemeenten is null || gemeenten.Contains(AreaCode.GemeenteOf(code));

    private static object? CodeOf(IFeature feature, CbsLayerSchema schema) =>
        feature.Attributes.Exists(schema.CodeField) ? feature.Attributes[schema.CodeField] : null;

    /// <summary>The kaart, with the wijken and gemeenten it lacks dissolved from its buurten (see
    /// <see cref="CbsDerivedAreas"/>); null when none of the asked gemeenten is in it (an error is logged).</summary>
    public CbsWijkBuurtKaart? Build()
    {
        // Nothing read at all has its reasons logged already (no year, no codes); the filter is not one of them.
        if (gemeenten is not null && (_areas.Count > 0 || _otherGemeenten.Count > 0) && !ReportGemeenten(gemeenten))
        {
            return null;
        }

        var derived = CbsDerivedAreas.Derive(_areas, _parentNames);
        ReportDerived(derived);
        return new CbsWijkBuurtKaart(
            [.. _areas.Concat(derived).OrderBy(a => a.Level).ThenBy(a => a.Code, StringComparer.Ordinal)],
            _values.ToArray())
        {
            SentinelCounts = new Dictionary<string, int>(_sentinels, StringComparer.Ordinal),
            DerivedAreas = derived.Count,
        };
    }

    private bool ReportGemeenten(IReadOnlySet<string> asked)
    {
        log.Layer = null;
        var found = _areas.Select(a => a.GemeenteCode).ToHashSet(StringComparer.Ordinal);
        if (found.Count == 0)
        {
            log.Error(
                IssueKind.NoAreas,
                $"Het bestand heeft geen gebieden van {AreaCode.ListGemeenten(asked)}; "
                    + $"wel van {_otherGemeenten.Count} andere, zoals "
                    + $"{AreaCode.ListGemeenten(_otherGemeenten.Keys.Order(StringComparer.Ordinal).Take(5))}.");
            return false;
        }

        if (asked.Where(g => !found.Contains(g)).ToList() is { Count: > 0 } missing)
        {
            log.Warning(
                IssueKind.NoAreas,
                $"Het bestand heeft geen gebieden van {AreaCode.ListGemeenten(missing)}; alleen van "
                    + $"{AreaCode.ListGemeenten(found)}.");
        }

        if (_otherGemeenten.Count > 0)
        {
            log.Info(
                IssueKind.OtherGemeentenSkipped,
                $"Alleen {AreaCode.ListGemeenten(found)} ingelezen; "
                    + $"{Count(_otherGemeenten.Values.Sum(), "gebied", "gebieden")} van "
                    + $"{Count(_otherGemeenten.Count, "andere gemeente", "andere gemeenten")} overgeslagen.");
        }

        return true;
    }

    private static string Count(int count, string one, string more) => $"{count} {(count == 1 ? one : more)}";

    private void ReportDerived(IReadOnlyList<Area> derived)
    {
        if (derived.Count == 0)
        {
            return;
        }

        var wijken = derived.Count(a => a.Level == AreaLevel.Wijk);
        var gemeenten = derived.Count - wijken;
        var parts = new List<string>();
        if (wijken > 0)
        {
            parts.Add(wijken == 1 ? "1 wijk" : $"{wijken} wijken");
        }

        if (gemeenten > 0)
        {
            parts.Add(gemeenten == 1 ? "1 gemeente" : $"{gemeenten} gemeenten");
        }

        var from = _areas.Any(a => a.Level == AreaLevel.Buurt) ? "de buurten" : "de wijken";
        log.Layer = null;
        log.Info(
            IssueKind.AreasDerived,
            $"{string.Join(" en ", parts)} afgeleid uit {from} (samengevoegd per wijk- of gemeentecode); "
                + "ze hebben geen eigen kerncijfers.");
    }

    private void AddFeature(IFeature feature, int index, CbsLayerSchema schema, int year)
    {
        var raw = CodeOf(feature, schema);
        var code = AreaCode.Normalise(raw as string);
        if (code is null || AreaCode.LevelOf(code) != schema.Level)
        {
            var shown = raw is null ? "leeg" : string.Create(CultureInfo.InvariantCulture, $"'{raw}'");
            log.Error(
                IssueKind.InvalidCode,
                $"De code is {shown}, geen geldige CBS-{Describe(schema.Level)}code.",
                index,
                schema.CodeField
            );
            return;
        }

        if (!IsAsked(code))
        {
            var other = AreaCode.GemeenteOf(code);
            _otherGemeenten[other] = _otherGemeenten.GetValueOrDefault(other) + 1;
            return;
        }

        if (!_codes.Add(code))
        {
            log.Error(
                IssueKind.DuplicateCode,
                $"De code {code} staat meer dan eens in het bestand; elk gebied mag er één keer in staan.",
                index,
                schema.CodeField
            );
            return;
        }

        if (CbsAreaGeometry.Prepare(feature.Geometry, code, index, log) is not { } geometry)
        {
            _codes.Remove(code);
            return;
        }

        var gemeente =
            schema.Level == AreaLevel.Gemeente
                ? code
                : ParentCode(feature, schema, CbsFieldAliases.GemeenteCode, AreaLevel.Gemeente)
                    ?? AreaCode.GemeenteOf(code);
        var wijk = schema.Level switch
        {
            AreaLevel.Gemeente => null,
            AreaLevel.Wijk => code,
            _ => ParentCode(feature, schema, CbsFieldAliases.WijkCode, AreaLevel.Wijk) ?? "WK" + code[2..8],
        };
        _areas.Add(new Area(code, Name(feature, schema, code, index), schema.Level, gemeente, wijk, year, geometry));
        AddParentName(feature, schema, CbsFieldAliases.GemeenteNaam, gemeente);
        if (schema.Level == AreaLevel.Buurt && wijk is not null)
        {
            AddParentName(feature, schema, CbsFieldAliases.WijkNaam, wijk);
        }
        AddIndicators(feature, index, schema, code, year);
    }

    private void AddIndicators(IFeature feature, int index, CbsLayerSchema schema, string code, int year)
    {
        foreach (var (field, indicator) in schema.Indicators)
        {
            double? value = feature.Attributes.Exists(field) ? feature.Attributes[field] switch
            {
                long l => l,
                double d => d,
                null => null,
                var other => NotANumber(other, index, field),
            }
            : null;
            if (value is { } v && CbsSentinels.IsMissing(v))
            {
                _sentinels[indicator] = _sentinels.GetValueOrDefault(indicator) + 1;
                value = null;
            }

            _values.Add(new IndicatorValue(code, indicator, year, value));
        }

        // CBS marks a water area with water = "JA" and older kaarten leave its surfaces empty: the flag is then all
        // that keeps it out of the ranking.
        if (WaterFlag(feature, schema) is { } water)
        {
            _values.Add(new IndicatorValue(code, KerncijferIds.Water, year, water));
        }
    }

    private static double? WaterFlag(IFeature feature, CbsLayerSchema schema) =>
        schema.Field(KerncijferIds.Water) is { } field && feature.Attributes.Exists(field)
            ? feature.Attributes[field] switch
            {
                string s when s.Trim().Equals("JA", StringComparison.OrdinalIgnoreCase) => 1,
                string s when s.Trim().Equals("NEE", StringComparison.OrdinalIgnoreCase) => 0,
                _ => null,
            }
            : null;

    private double? NotANumber(object value, int index, string field)
    {
        var shown = string.Create(CultureInfo.InvariantCulture, $"'{value}'");
        log.Warning(IssueKind.NotANumber, $"De waarde {shown} is geen getal en telt als onbekend.", index, field);
        return null;
    }

    private string Name(IFeature feature, CbsLayerSchema schema, string code, int index)
    {
        if (
            schema.NameField is { } field
            && feature.Attributes.Exists(field)
            && feature.Attributes[field] is string name
            && !string.IsNullOrWhiteSpace(name)
        )
        {
            return name.Trim();
        }

        log.Warning(
            IssueKind.MissingName,
            $"Het gebied {code} heeft geen naam; de code wordt als naam gebruikt.",
            index,
            schema.NameField
        );
        return code;
    }

    // A buurten file often names its wijk and gemeente (wijknaam, gemeentenaam on every buurt); an area derived from
    // the buurten takes that name. The first non-empty one counts.
    private void AddParentName(IFeature feature, CbsLayerSchema schema, string canonical, string parent)
    {
        if (
            schema.Level != AreaLevel.Gemeente
            && schema.Field(canonical) is { } field
            && feature.Attributes.Exists(field)
            && feature.Attributes[field] is string name
            && !string.IsNullOrWhiteSpace(name)
        )
        {
            _parentNames.TryAdd(parent, name.Trim());
        }
    }

    // The parent codes are in the area code itself (BU03630105 lies in WK036301 and GM0363); a field only wins when it
    // is valid.
    private static string? ParentCode(IFeature feature, CbsLayerSchema schema, string canonical, AreaLevel level) =>
        schema.Field(canonical) is { } field
        && feature.Attributes.Exists(field)
        && AreaCode.Normalise(feature.Attributes[field] as string) is { } parent
        && AreaCode.LevelOf(parent) == level
            ? parent
            : null;

    private static string Describe(AreaLevel level) => level switch
    {
        AreaLevel.Gemeente => "gemeente",
        AreaLevel.Wijk => "wijk",
        _ => "buurt",
    };
}
