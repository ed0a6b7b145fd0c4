using System.Text.Json;
using System.Text.Json.Nodes;
using GeoOpgave.Application;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Web.Components.Services;

/// <summary>
/// Writes a profile file with a planner's weights and urgent threshold, as the next version of the profile. The
/// original file is the template, so everything the planner does not touch (normalisations, koppelkansen, catalogue)
/// stays exactly as it was. Belongs in the Application once profiles can be stored.
/// </summary>
public static class ProfileExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The JSON of the new version; null when the profile's file cannot be found any more.</summary>
    /// <param name="options">Where the profiles are.</param>
    /// <param name="weights">One weight per indicator slot, in profile order (opgave by opgave).</param>
    public static string? ToJson(GeoOpgaveOptions options, Profile profile, IReadOnlyList<double> weights, double urgentThreshold)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(weights);
        var root = FindFile(options, profile.Id);
        if (root?["opgaven"] is not JsonArray opgaven)
        {
            return null;
        }

        root["version"] = profile.Version + 1;
        root["urgentThreshold"] = urgentThreshold;
        var slot = 0;
        foreach (var opgave in opgaven)
        {
            foreach (var indicator in opgave?["indicators"] as JsonArray ?? [])
            {
                if (indicator is JsonObject entry && slot < weights.Count)
                {
                    entry["weight"] = weights[slot];
                }

                slot++;
            }
        }

        return slot == weights.Count ? root.ToJsonString(Indented) : null;
    }

    private static JsonNode? FindFile(GeoOpgaveOptions options, string id)
    {
        var folder = Path.Combine(options.ResolveDataDirectory(), "profiles");
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(File.ReadAllText(file));
            if (string.Equals(node?["id"]?.GetValue<string>(), id, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }
}
