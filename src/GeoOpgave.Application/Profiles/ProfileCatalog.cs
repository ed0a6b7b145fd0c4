using System.Text;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Profiles;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// The opgave profiles: the files in the data folder's <c>profiles/</c> (read and checked once) and the profiel
/// versions saved in the app (<c>standaard-v2</c>, read from the store as they appear). A saved version is never
/// changed, so once read it is kept for good.
/// </summary>
public sealed class ProfileCatalog
{
    public const string DefaultProfileId = "standaard";

    private readonly Lazy<IReadOnlyDictionary<string, ProfileEntry>> _files;
    private readonly IDbContextFactory<GeoOpgaveDbContext>? _contexts;
    private readonly Lock _gate = new();
    private Dictionary<string, ProfileEntry> _stored = new(StringComparer.Ordinal);
    private long _lastStoredRow;

    /// <param name="options">Where the profile files are.</param>
    /// <param name="contexts">The store of saved versions; null serves the files only.</param>
    public ProfileCatalog(IOptions<GeoOpgaveOptions> options, IDbContextFactory<GeoOpgaveDbContext>? contexts = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(options.Value.ResolveDataDirectory(), "profiles");
        _files = new Lazy<IReadOnlyDictionary<string, ProfileEntry>>(() => LoadFiles(folder));
        _contexts = contexts;
    }

    /// <summary>Every profile, files first, then saved versions in the order they were saved.</summary>
    public IReadOnlyCollection<Profile> All => Entries().Select(e => e.Profile).ToArray();

    /// <summary>Every profile as the API lists it, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<ProfileListing> List() => Entries().Select(e => e.Listing).ToArray();

    /// <summary>The profile with this id (null or empty: the default profile).</summary>
    /// <exception cref="GeoOpgaveException">No profile has that id (code "profiel-onbekend").</exception>
    public Profile Get(string? id) => Find(id).Profile;

    /// <summary>The document a profile was read from: the template for its next version.</summary>
    /// <exception cref="GeoOpgaveException">No profile has that id (code "profiel-onbekend").</exception>
    public string DocumentOf(string? id) => Find(id).Json;

    /// <summary>The family a profile belongs to: its own id for a file, the family it continues for a saved
    /// version.</summary>
    /// <exception cref="GeoOpgaveException">No profile has that id (code "profiel-onbekend").</exception>
    public string FamilyOf(string? id) => Find(id).Listing.ProfielId;

    /// <summary>The lowest version number a new saved version of <paramref name="profielId"/> may have.</summary>
    internal int FirstFreeVersion(string profielId) =>
        _files.Value.TryGetValue(profielId, out var file) ? file.Profile.Version + 1 : 1;

    /// <summary>Takes a version that was just saved into the catalogue, without waiting for the next read.</summary>
    internal ProfileListing Remember(StoredProfileVersion saved)
    {
        lock (_gate)
        {
            var entry = ToEntry(saved);
            _stored = new Dictionary<string, ProfileEntry>(_stored, StringComparer.Ordinal)
            {
                [entry.Profile.Id] = entry,
            };
            return entry.Listing;
        }
    }

    private ProfileEntry Find(string? id)
    {
        var key = string.IsNullOrWhiteSpace(id) ? DefaultProfileId : id.Trim();
        if (_files.Value.TryGetValue(key, out var file))
        {
            return file;
        }

        if (_stored.TryGetValue(key, out var stored) || (ReadNewVersions().TryGetValue(key, out stored)))
        {
            return stored;
        }

        throw new GeoOpgaveException(
            "profiel-onbekend",
            $"Het profiel '{key}' bestaat niet. Beschikbaar: {string.Join(", ", Entries().Select(e => e.Profile.Id))}."
        );
    }

    private IEnumerable<ProfileEntry> Entries() =>
        _files.Value.Values.Concat(ReadNewVersions().Values.OrderBy(e => e.Listing.CreatedAt));

    // Only rows added since the last read are fetched: saved versions are immutable, so the rest is still right.
    private Dictionary<string, ProfileEntry> ReadNewVersions()
    {
        if (_contexts is null)
        {
            return _stored;
        }

        lock (_gate)
        {
            using var db = _contexts.CreateDbContext();
            var rows = new ProfileVersionStore(db, TimeProvider.System).ListAfter(_lastStoredRow);
            if (rows.Count > 0)
            {
                var next = new Dictionary<string, ProfileEntry>(_stored, StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    next[ProfileIds.VersionId(row.ProfielId, row.Version)] = ToEntry(row);
                    _lastStoredRow = Math.Max(_lastStoredRow, row.Id);
                }

                _stored = next;
            }

            return _stored;
        }
    }

    private static ProfileEntry ToEntry(StoredProfileVersion row)
    {
        var id = ProfileIds.VersionId(row.ProfielId, row.Version);
        var profile = Read(new MemoryStream(Encoding.UTF8.GetBytes(row.Json)), id) with
        {
            Id = id,
            Version = row.Version,
        };
        var listing = new ProfileListing(
            id,
            row.ProfielId,
            row.Version,
            profile.Name,
            ProfileListing.StoredSource,
            row.Notes,
            row.CreatedBy,
            row.CreatedAt
        );
        return new ProfileEntry(profile, row.Json, listing);
    }

    private static Dictionary<string, ProfileEntry> LoadFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new GeoOpgaveException("profielen-ontbreken", $"De map met profielen ontbreekt: {folder}");
        }

        var profiles = new Dictionary<string, ProfileEntry>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            var profile = Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Path.GetFileName(file));
            var listing = new ProfileListing(
                profile.Id,
                profile.Id,
                profile.Version,
                profile.Name,
                ProfileListing.FileSource,
                string.Empty,
                null,
                null
            );
            profiles[profile.Id] = new ProfileEntry(profile, json, listing);
        }

        return profiles;
    }

    // A stored profile that no longer reads is as broken as a bad file: neither may be scored with silently.
    private static Profile Read(Stream json, string name)
    {
        using (json)
        {
            var result = ProfileReader.Read(json, name);
            return result.IsSuccess
                ? result.Value
                : throw new GeoOpgaveException(
                    "profiel-ongeldig",
                    $"Het profiel {name} is ongeldig: {string.Join("; ", result.Errors.Select(e => e.Message))}"
                );
        }
    }
}
