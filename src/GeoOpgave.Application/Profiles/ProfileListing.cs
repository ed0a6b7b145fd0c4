namespace GeoOpgave.Application.Profiles;

/// <summary>
/// One profile the app can score with, as the API and the profile selector list it.
/// </summary>
/// <param name="Id">What <c>?profiel=</c> takes: a file profile's id or a saved version's id
/// (<c>standaard-v2</c>).</param>
/// <param name="ProfielId">The profile family: the file profile's id, or the family a saved version continues.</param>
/// <param name="Version">The version number within the family.</param>
/// <param name="Name">The Dutch display name.</param>
/// <param name="Source"><c>bestand</c> (data/profiles) or <c>opgeslagen</c> (saved in the app).</param>
/// <param name="Notes">The planner's notes; empty for file profiles.</param>
/// <param name="CreatedBy">Who saved it; null for file profiles.</param>
/// <param name="CreatedAt">When it was saved; null for file profiles.</param>
public sealed record ProfileListing(
    string Id,
    string ProfielId,
    int Version,
    string Name,
    string Source,
    string Notes,
    string? CreatedBy,
    DateTimeOffset? CreatedAt)
{
    public const string FileSource = "bestand";

    public const string StoredSource = "opgeslagen";
}
