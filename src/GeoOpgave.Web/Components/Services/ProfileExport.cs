using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Web.Components.Services;

/// <summary>
/// Writes a profile document with a planner's weights and urgent threshold, as the next version of the profile, for
/// download. The profile's own document is the template, so everything the planner does not touch (normalisations,
/// koppelkansen, catalogue) stays exactly as it was.
/// </summary>
public static class ProfileExport
{
    /// <summary>The JSON of the next version; null when the weights do not match the profile's indicator
    /// slots.</summary>
    /// <param name="catalog">Where the profile's document is (a file or a saved version).</param>
    /// <param name="weights">One weight per indicator slot, in profile order (opgave by opgave).</param>
    public static string? ToJson(
        ProfileCatalog catalog,
        Profile profile,
        IReadOnlyList<double> weights,
        double urgentThreshold
    )
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(profile);
        var json = ProfileDocument.WithWeights(catalog.DocumentOf(profile.Id), weights, urgentThreshold);
        return json is null ? null : ProfileDocument.WithVersion(json, profile.Version + 1);
    }
}
