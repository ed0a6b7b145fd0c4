using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Profiles;

/// <summary>The opgave profiles in the data folder's <c>profiles/</c>, read and checked once.</summary>
public sealed class ProfileCatalog
{
    public const string DefaultProfileId = "standaard";

    private readonly Lazy<IReadOnlyDictionary<string, Profile>> _profiles;

    public ProfileCatalog(IOptions<GeoOpgaveOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(options.Value.ResolveDataDirectory(), "profiles");
        _profiles = new Lazy<IReadOnlyDictionary<string, Profile>>(() => Load(folder));
    }

    /// <summary>Every profile, by id.</summary>
    public IReadOnlyCollection<Profile> All => _profiles.Value.Values.ToArray();

    /// <summary>The profile with this id (null or empty: the default profile).</summary>
    /// <exception cref="GeoOpgaveException">No profile has that id (code "profiel-onbekend").</exception>
    public Profile Get(string? id)
    {
        var key = string.IsNullOrWhiteSpace(id) ? DefaultProfileId : id.Trim();
        return _profiles.Value.TryGetValue(key, out var profile)
            ? profile
            : throw new GeoOpgaveException(
                "profiel-onbekend",
                $"Het profiel '{key}' bestaat niet. Beschikbaar: {string.Join(", ", _profiles.Value.Keys)}.");
    }

    private static Dictionary<string, Profile> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new GeoOpgaveException("profielen-ontbreken", $"De map met profielen ontbreekt: {folder}");
        }

        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var result = ProfileReader.ReadFile(file);
            if (!result.IsSuccess)
            {
                throw new GeoOpgaveException(
                    "profiel-ongeldig",
                    $"Het profiel {Path.GetFileName(file)} is ongeldig: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            }

            profiles[result.Value.Id] = result.Value;
        }

        return profiles;
    }
}
