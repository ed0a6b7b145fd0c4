using GeoOpgave.Core.Areas;

namespace GeoOpgave.Storage.Workspace;

/// <summary>How many areas of one level and year a gemeente has in the workspace.</summary>
/// <param name="GemeenteCode">The gemeente (GM code).</param>
/// <param name="GemeenteName">Its name, when the workspace holds the gemeente itself; else null.</param>
/// <param name="Level">The level of the areas.</param>
/// <param name="Year">Their boundary year.</param>
/// <param name="Count">How many.</param>
public sealed record AreaCount(string GemeenteCode, string? GemeenteName, AreaLevel Level, int Year, int Count);
