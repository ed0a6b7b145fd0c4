namespace GeoOpgave.Storage.Profiles;

/// <summary>A saved profiel version as read from the store; <see cref="Json"/> is the profile document.</summary>
public sealed record StoredProfileVersion(
    long Id,
    string ProfielId,
    int Version,
    string Json,
    string Notes,
    string CreatedBy,
    DateTimeOffset CreatedAt);
