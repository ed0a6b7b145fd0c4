using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// Changes a profile document (the data/profiles JSON format) in place of its few fields that the app sets, so
/// that everything else (normalisations, koppelkansen, catalogue, comments aside) stays exactly as it was.
/// </summary>
public static class ProfileDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The document with its <c>version</c> set.</summary>
    /// <exception cref="JsonException">The text is not JSON (callers validate it first).</exception>
    public static string WithVersion(string json, int version)
    {
        var root = Parse(json);
        root["version"] = version;
        return root.ToJsonString(Indented);
    }

    /// <summary>
    /// The document with a planner's weights (one per indicator slot, opgave by opgave in profile order), urgent
    /// threshold and, when given, a new display name. Null when the number of weights does not match the slots. A
    /// changed threshold drops the profile's calibrated shares (urgentShare, attentionShare).
    /// </summary>
    public static string? WithWeights(
        string json,
        IReadOnlyList<double> weights,
        double urgentThreshold,
        string? name = null
    )
    {
        ArgumentNullException.ThrowIfNull(weights);
        var root = Parse(json);
        if (root["opgaven"] is not JsonArray opgaven)
        {
            return null;
        }

        // A threshold the planner moved is a fixed score: it replaces the profile's calibrated shares, which would
        // otherwise keep flagging the same share whatever the slider says.
        if (root["urgentThreshold"]?.GetValue<double>() is not { } saved || !saved.Equals(urgentThreshold))
        {
            root.Remove("urgentShare");
            root.Remove("attentionShare");
        }

        root["urgentThreshold"] = urgentThreshold;
        if (!string.IsNullOrWhiteSpace(name))
        {
            root["name"] = name.Trim();
        }

        var slot = 0;
        foreach (var indicator in opgaven.SelectMany(o => o?["indicators"] as JsonArray ?? []))
        {
            if (indicator is JsonObject entry && slot < weights.Count)
            {
                entry["weight"] = weights[slot];
            }

            slot++;
        }

        return slot == weights.Count ? root.ToJsonString(Indented) : null;
    }

    private static JsonObject Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonNode.Parse(json, documentOptions: Lenient) as JsonObject
            ?? throw new JsonException("A profile document is a JSON object.");
    }
}
