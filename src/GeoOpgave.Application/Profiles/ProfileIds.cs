using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// How a saved profiel version is named: <c>{profiel}-v{version}</c>, e.g. <c>standaard-v2</c> — lower-case
/// letters, digits and hyphens only, so it needs no escaping in a URL, in <c>?profiel=</c> or on the command line.
/// </summary>
public static partial class ProfileIds
{
    /// <summary>The id of version <paramref name="version"/> of the profile family
    /// <paramref name="profielId"/>.</summary>
    public static string VersionId(string profielId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{profielId}-v{version}");

    /// <summary>
    /// True when <paramref name="profielId"/> may name a family of saved versions: 1–100 characters of a–z, 0–9
    /// and single hyphens, not itself ending in <c>-v</c> and a number (which would read as a version id).
    /// </summary>
    public static bool IsValidFamily(string profielId) =>
        profielId.Length <= 100 && Family().IsMatch(profielId) && !VersionSuffix().IsMatch(profielId);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Family();

    [GeneratedRegex("-v[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}
