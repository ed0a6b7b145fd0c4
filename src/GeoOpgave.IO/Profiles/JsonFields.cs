using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Profiles;

/// <summary>Reads typed fields from JSON and logs every missing or bad one with its JSON path.</summary>
internal sealed class JsonFields(IssueLog log)
{
    public string Text(JsonElement e, string path, string name)
    {
        if (
            e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString())
        )
        {
            return v.GetString()!;
        }

        Bad($"{path}.{name}", "Verplichte tekst ontbreekt.");
        return string.Empty;
    }

    /// <summary>A text that may be absent or empty (e.g. the unit of a count); absent gives the fallback.</summary>
    public string OptionalText(JsonElement e, string path, string name, string fallback)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return fallback;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString()!;
        }

        Bad($"{path}.{name}", "Verwacht tekst.");
        return fallback;
    }

    public double Number(JsonElement e, string path, string name, double min, double max)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v))
        {
            return Number(v, $"{path}.{name}", min, max);
        }

        NotANumber($"{path}.{name}", min, max);
        return min;
    }

    /// <summary>Null when the field is absent; a logged error (and null) when it is there but bad.</summary>
    public double? OptionalNumber(JsonElement e, string path, string name, double min, double max)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return TryNumber(v, min, max) ?? NotANumber($"{path}.{name}", min, max);
    }

    /// <summary>Null when the field is absent; a logged error (and null) when it is there but not true or
    /// false.</summary>
    public bool? OptionalBool(JsonElement e, string path, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Bad($"{path}.{name}", "Verwacht true of false.");
        return null;
    }

    /// <summary>A JSON number in [min, max] at this path; min (after logging) when it is not.</summary>
    public double Number(JsonElement v, string path, double min, double max) =>
        TryNumber(v, min, max) ?? NotANumber(path, min, max) ?? min;

    public IEnumerable<JsonElement> Array(JsonElement e, string path, string name, bool required = true)
    {
        if (
            e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.Array
        )
        {
            return v.EnumerateArray().ToArray();
        }

        if (required)
        {
            Bad($"{path}.{name}", "Verplichte lijst ontbreekt.");
        }

        return [];
    }

    public void Bad(string path, string message) =>
        log.Error(IssueKind.MissingField, $"{path}: {message}", field: path);

    public void Warn(string path, string message) =>
        log.Warning(IssueKind.MissingField, $"{path}: {message}", field: path);

    private static double? TryNumber(JsonElement v, double min, double max) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d >= min && d <= max ? d : null;

    private double? NotANumber(string path, double min, double max)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"{min}–{max}");
        log.Error(IssueKind.NotANumber, $"{path}: verwacht een getal van {range}.", field: path);
        return null;
    }
}
