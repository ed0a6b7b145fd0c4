using System.Diagnostics.CodeAnalysis;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Profiles;

/// <summary>
/// The outcome of saving a profiel version: the saved version, or the reasons it was refused (each with the JSON
/// path of the bad value in <see cref="ImportIssue.Field"/>). Nothing is stored when there are errors.
/// </summary>
public sealed record ProfileSaveResult(ProfileListing? Saved, IReadOnlyList<ImportIssue> Issues)
{
    [MemberNotNullWhen(true, nameof(Saved))]
    public bool Succeeded => Saved is not null;
}
