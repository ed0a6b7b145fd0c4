using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// One colour per werksoort, by its place in the profile's catalogue, so a sewer plan has the same colour on the map
/// and on the timeline. Muted colours, so the green, red and orange of koppelkansen, conflicts and shifts stand out.
/// </summary>
public static class WerksoortPalette
{
    /// <summary>The colour of a werksoort the profile does not know.</summary>
    public const string Unknown = "#6b6b6b";

    private static readonly string[] Colours =
    [
        "#2f6f9f",
        "#7a5195",
        "#8c6d31",
        "#3a8a8a",
        "#4d7c2f",
        "#b5598f",
        "#5f6b7a",
        "#9c6b4e",
        "#1f4e79",
        "#6a4c93",
        "#2e7d6b",
        "#8a5a83",
    ];

    /// <summary>Colour by werksoort id (as <c>/api/werken</c> names the soort).</summary>
    public static IReadOnlyDictionary<string, string> ById(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Werksoorten.Select((s, i) => (s.Id, Colour: Colours[i % Colours.Length]))
            .ToDictionary(s => s.Id, s => s.Colour, StringComparer.Ordinal);
    }

    /// <summary>Colour by the werksoort's Dutch name (as the agenda names the soort).</summary>
    public static IReadOnlyDictionary<string, string> ByName(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Werksoorten.Select((s, i) => (s.Name, Colour: Colours[i % Colours.Length]))
            .DistinctBy(s => s.Name, StringComparer.Ordinal)
            .ToDictionary(s => s.Name, s => s.Colour, StringComparer.Ordinal);
    }
}
