using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Analysis;

/// <summary>Which profile a result was computed with: id, version and Dutch name.</summary>
public sealed record ProfileInfo(string Id, int Version, string Name)
{
    public static ProfileInfo Of(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ProfileInfo(profile.Id, profile.Version, profile.Name);
    }
}
