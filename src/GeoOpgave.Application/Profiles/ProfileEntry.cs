using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Application.Profiles;

/// <summary>A profile in the catalogue with the document it was read from and how it is listed.</summary>
internal sealed record ProfileEntry(Profile Profile, string Json, ProfileListing Listing);
