using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>How the UI names opgaven by id: the profile's name, else the id itself.</summary>
public static class OpgaveNames
{
    /// <summary>The name of opgave <paramref name="id"/> in <paramref name="profile"/>.</summary>
    public static string Of(Profile profile, string id)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Opgaven.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal))?.Name ?? id;
    }

    /// <summary>The names of a combination of opgaven, joined with " + ".</summary>
    public static string Joined(Profile profile, IEnumerable<string> ids) =>
        string.Join(" + ", ids.Select(id => Of(profile, id)));
}
