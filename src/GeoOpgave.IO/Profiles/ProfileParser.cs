using System.Text.Json;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Werken;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Profiles;

/// <summary>Maps a profile's JSON to <see cref="Profile"/>, logging every bad value with its JSON path.</summary>
internal sealed class ProfileParser
{
    private readonly JsonFields _fields;
    private readonly NormalisationParser _normalisation;

    public ProfileParser(IssueLog log)
    {
        _fields = new JsonFields(log);
        _normalisation = new NormalisationParser(_fields);
    }

    public Profile Parse(JsonElement root)
    {
        var urgent = _fields.Number(root, "$", "urgentThreshold", 0, 100);
        var attention = _fields.Number(root, "$", "attentionThreshold", 0, 100);
        if (attention > urgent)
        {
            _fields.Bad("$.attentionThreshold", "De drempel voor 'midden' mag niet hoger zijn dan die voor 'hoog'.");
        }

        var shares = ParseShares(root, "$");
        var opgaven = _fields.Array(root, "$", "opgaven")
            .Select((e, i) => ParseOpgave(e, $"$.opgaven[{i}]", urgent, attention))
            .ToArray();
        var ids = opgaven.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (opgaven.Length == 0)
        {
            _fields.Bad("$.opgaven", "Een profiel heeft minstens één opgave.");
        }

        foreach (var dup in opgaven.GroupBy(o => o.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _fields.Bad("$.opgaven", $"De opgave '{dup.Key}' staat er meer dan eens in.");
        }

        var werksoorten = _fields.Array(root, "$", "werksoorten", required: false)
            .Select((e, i) => ParseWerksoort(e, $"$.werksoorten[{i}]"))
            .ToArray();
        var koppelkans = new KoppelkansParser(
            _fields,
            ids,
            werksoorten.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
        );
        var koppelkansen = _fields
            .Array(root, "$", "koppelkansen", required: false)
            .Select((e, i) => koppelkans.Parse(e, $"$.koppelkansen[{i}]"))
            .ToArray();
        var catalogue = new IndicatorCatalogueParser(_fields)
            .Parse(root, opgaven.SelectMany(o => o.Indicators).Select(i => i.IndicatorId));

        return new Profile(
            _fields.Text(root, "$", "id"),
            (int)_fields.Number(root, "$", "version", 1, int.MaxValue),
            _fields.Text(root, "$", "name"),
            urgent,
            attention,
            _fields.Number(root, "$", "minimumCoverage", 0, 1),
            opgaven,
            koppelkansen)
        {
            IndicatorCatalogue = catalogue,
            Werksoorten = werksoorten,
            Planning = ParsePlanning(root),
            RankingBase = ParseRankingBase(root),
            MaximumAgeYears = (int)(
                _fields.OptionalNumber(root, "$", "maximumAge", 0, Profile.MaximumAgeLimitYears)
                ?? Profile.DefaultMaximumAgeYears
            ),
            UrgentShare = shares.Urgent,
            AttentionShare = shares.Attention,
        };
    }

    private OpgaveDefinition ParseOpgave(JsonElement e, string path, double profileUrgent, double profileAttention)
    {
        var indicators = _fields.Array(e, path, "indicators")
            .Select((x, i) => ParseIndicator(x, $"{path}.indicators[{i}]"))
            .ToArray();
        if (indicators.Length == 0)
        {
            _fields.Bad($"{path}.indicators", "Een opgave heeft minstens één indicator.");
        }

        var urgent = _fields.OptionalNumber(e, path, "urgentThreshold", 0, 100);
        var attention = _fields.OptionalNumber(e, path, "attentionThreshold", 0, 100);
        if ((attention ?? profileAttention) > (urgent ?? profileUrgent))
        {
            _fields.Bad(
                $"{path}.attentionThreshold",
                "De drempel voor 'midden' mag niet hoger zijn dan die voor 'hoog'."
            );
        }

        var (urgentShare, attentionShare) = ParseShares(e, path);
        return new OpgaveDefinition(
            _fields.Text(e, path, "id"),
            _fields.Text(e, path, "name"),
            _fields.Text(e, path, "colour"),
            indicators
        )
        {
            UrgentThreshold = urgent,
            AttentionThreshold = attention,
            UrgentShare = urgentShare,
            AttentionShare = attentionShare,
            KeyIndicators = ParseKeyIndicators(e, path, indicators),
        };
    }

    // Absent: the heaviest indicator decides (null); every id must be one of the opgave's own indicators.
    private string[]? ParseKeyIndicators(JsonElement e, string path, OpgaveIndicator[] indicators)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("keyIndicators", out _))
        {
            return null;
        }

        var own = indicators.Select(i => i.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var keys = _fields
            .Array(e, path, "keyIndicators")
            .Select(
                (x, i) =>
                    (
                        Id: x.ValueKind == JsonValueKind.String ? x.GetString()! : string.Empty,
                        Path: $"{path}.keyIndicators[{i}]"
                    )
            )
            .ToArray();
        foreach (var (id, at) in keys.Where(k => !own.Contains(k.Id)))
        {
            _fields.Bad(at, $"'{id}' is geen indicator van deze opgave.");
        }

        return [.. keys.Select(k => k.Id)];
    }

    // A calibrated threshold: the share of buurten with data flagged hoog, and the (larger) share at least midden.
    private (double? Urgent, double? Attention) ParseShares(JsonElement e, string path)
    {
        var urgent = _fields.OptionalNumber(e, path, "urgentShare", 0, 1);
        var attention = _fields.OptionalNumber(e, path, "attentionShare", 0, 1);
        if (urgent is { } u && attention is { } a && a < u)
        {
            _fields.Bad(
                $"{path}.attentionShare",
                "Het aandeel 'midden of hoger' kan niet kleiner zijn dan het aandeel 'hoog'."
            );
        }

        return (urgent, attention);
    }

    private OpgaveIndicator ParseIndicator(JsonElement e, string path)
    {
        var direction = _fields.Text(e, path, "direction") switch
        {
            "higher" => IndicatorDirection.HigherIsMoreUrgent,
            "lower" => IndicatorDirection.LowerIsMoreUrgent,
            var other => BadDirection($"{path}.direction", other),
        };
        return new OpgaveIndicator(
            _fields.Text(e, path, "indicator"),
            _fields.Number(e, path, "weight", 0, 1000),
            direction
        )
        {
            Normalisation = _normalisation.Parse(e, path, direction),
        };
    }

    private Werksoort ParseWerksoort(JsonElement e, string path)
    {
        var synonyms = _fields.Array(e, path, "synonyms", required: false)
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : string.Empty)
            .Where(x => x.Length > 0)
            .ToArray();
        return new Werksoort(_fields.Text(e, path, "id"), _fields.Text(e, path, "name"), synonyms)
        {
            OpensStreet = _fields.OptionalBool(e, path, "opensStreet") ?? false,
        };
    }

    // Absent fields keep the defaults, so a profile without "planning" matches works as every other profile does.
    private PlanningRules ParsePlanning(JsonElement root)
    {
        var defaults = PlanningRules.Default;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("planning", out var e))
        {
            return defaults;
        }

        return new PlanningRules(
            _fields.OptionalNumber(e, "$.planning", "bufferMeters", 0.5, 500) ?? defaults.BufferMeters,
            _fields.OptionalNumber(e, "$.planning", "minimumOverlapMeters", 0, 10000) ?? defaults.MinimumOverlapMeters,
            (int)(_fields.OptionalNumber(e, "$.planning", "conflictYears", 0, 50) ?? defaults.ConflictYears));
    }

    // Absent fields keep the defaults: every profile ranks the same buurten unless it says otherwise.
    private RankingBase ParseRankingBase(JsonElement root)
    {
        var defaults = RankingBase.Default;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("rankingBase", out var e))
        {
            return defaults;
        }

        const string path = "$.rankingBase";
        var reference = _fields.OptionalText(e, path, "reference", "gemeente") switch
        {
            "gemeente" => RankingReference.Gemeente,
            "alle" => RankingReference.Alle,
            "stedelijkheid" => RankingReference.Stedelijkheid,
            var other => BadReference($"{path}.reference", other),
        };
        return new RankingBase(
            (int)(_fields.OptionalNumber(e, path, "minimumResidents", 0, 100_000) ?? defaults.MinimumResidents),
            (int)(_fields.OptionalNumber(e, path, "minimumDwellings", 0, 100_000) ?? defaults.MinimumDwellings),
            _fields.OptionalNumber(e, path, "maximumWaterShare", 0, 1) ?? defaults.MaximumWaterShare,
            reference);
    }

    private RankingReference BadReference(string path, string value)
    {
        _fields.Bad(path, $"'{value}' is geen referentie; gebruik 'gemeente', 'alle' of 'stedelijkheid'.");
        return RankingReference.Gemeente;
    }

    private IndicatorDirection BadDirection(string path, string value)
    {
        _fields.Bad(path, $"'{value}' is geen richting; gebruik 'higher' of 'lower'.");
        return IndicatorDirection.HigherIsMoreUrgent;
    }
}
