using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Profiles;

/// <summary>Maps a profile's JSON to <see cref="Profile"/>, logging every bad value with its JSON path.</summary>
internal sealed class ProfileParser(IssueLog log)
{
    public Profile Parse(JsonElement root)
    {
        var opgaven = Array(root, "$", "opgaven").Select((e, i) => ParseOpgave(e, $"$.opgaven[{i}]")).ToArray();
        var ids = opgaven.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        if (opgaven.Length == 0)
        {
            Bad("$.opgaven", "Een profiel heeft minstens één opgave.");
        }

        foreach (var dup in opgaven.GroupBy(o => o.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Bad("$.opgaven", $"De opgave '{dup.Key}' staat er meer dan eens in.");
        }

        var koppelkansen = Array(root, "$", "koppelkansen", required: false)
            .Select((e, i) => ParseKoppelkans(e, $"$.koppelkansen[{i}]", ids))
            .ToArray();
        var urgent = Number(root, "$", "urgentThreshold", 0, 100);
        var attention = Number(root, "$", "attentionThreshold", 0, 100);
        if (attention > urgent)
        {
            Bad("$.attentionThreshold", "De drempel voor 'midden' mag niet hoger zijn dan die voor 'hoog'.");
        }

        return new Profile(
            Text(root, "$", "id"),
            (int)Number(root, "$", "version", 1, int.MaxValue),
            Text(root, "$", "name"),
            urgent,
            attention,
            Number(root, "$", "minimumCoverage", 0, 1),
            opgaven,
            koppelkansen);
    }

    private OpgaveDefinition ParseOpgave(JsonElement e, string path)
    {
        var indicators = Array(e, path, "indicators")
            .Select((x, i) => ParseIndicator(x, $"{path}.indicators[{i}]"))
            .ToArray();
        if (indicators.Length == 0)
        {
            Bad($"{path}.indicators", "Een opgave heeft minstens één indicator.");
        }

        return new OpgaveDefinition(Text(e, path, "id"), Text(e, path, "name"), Text(e, path, "colour"), indicators);
    }

    private OpgaveIndicator ParseIndicator(JsonElement e, string path)
    {
        var direction = Text(e, path, "direction") switch
        {
            "higher" => IndicatorDirection.HigherIsMoreUrgent,
            "lower" => IndicatorDirection.LowerIsMoreUrgent,
            var other => BadDirection($"{path}.direction", other),
        };
        return new OpgaveIndicator(Text(e, path, "indicator"), Number(e, path, "weight", 0, 1000), direction);
    }

    private KoppelkansDefinition ParseKoppelkans(JsonElement e, string path, HashSet<string> opgaveIds)
    {
        var opgaven = Array(e, path, "opgaven").Select((x, i) =>
        {
            var id = x.ValueKind == JsonValueKind.String ? x.GetString()! : string.Empty;
            if (!opgaveIds.Contains(id))
            {
                Bad($"{path}.opgaven[{i}]", $"'{id}' is geen opgave van dit profiel.");
            }

            return id;
        }).ToArray();
        return new KoppelkansDefinition(Text(e, path, "id"), Text(e, path, "name"), opgaven, Text(e, path, "rationale"));
    }

    private IndicatorDirection BadDirection(string path, string value)
    {
        Bad(path, $"'{value}' is geen richting; gebruik 'higher' of 'lower'.");
        return IndicatorDirection.HigherIsMoreUrgent;
    }

    private string Text(JsonElement e, string path, string name)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString()!;
        }

        Bad($"{path}.{name}", "Verplichte tekst ontbreekt.");
        return string.Empty;
    }

    private double Number(JsonElement e, string path, string name, double min, double max)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetDouble(out var d) && d >= min && d <= max)
        {
            return d;
        }

        var range = string.Create(CultureInfo.InvariantCulture, $"{min}–{max}");
        log.Error(ImportIssueKind.NotANumber, $"{path}.{name}: verwacht een getal van {range}.", field: $"{path}.{name}");
        return min;
    }

    private IEnumerable<JsonElement> Array(JsonElement e, string path, string name, bool required = true)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array)
        {
            return v.EnumerateArray().ToArray();
        }

        if (required)
        {
            Bad($"{path}.{name}", "Verplichte lijst ontbreekt.");
        }

        return [];
    }

    private void Bad(string path, string message) =>
        log.Error(ImportIssueKind.MissingField, $"{path}: {message}", field: path);
}
