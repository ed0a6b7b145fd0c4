namespace GeoOpgave.Storage.Profiles;

/// <summary>
/// One profiel version saved in the app: the full profile document as it was saved. Rows are never updated, so a
/// version id always means the same weights (analysis caches rely on that).
/// </summary>
public sealed class ProfileVersionEntity
{
    public long Id { get; set; }

    /// <summary>The profile family, e.g. "standaard" (the id of the file profile it continues, or a new one).</summary>
    public required string ProfielId { get; set; }

    /// <summary>The version number within the family: 1 + the highest version of the family when it was
    /// saved.</summary>
    public int Version { get; set; }

    /// <summary>The profile document (the data/profiles format) with its <c>version</c> set to
    /// <see cref="Version"/>.</summary>
    public required string Json { get; set; }

    public required string Notes { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
