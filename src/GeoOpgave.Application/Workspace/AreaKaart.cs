namespace GeoOpgave.Application.Workspace;

/// <summary>One wijk- en buurtkaart file to import as areas.</summary>
/// <param name="Path">The .gpkg, .geojson/.json or .shp file.</param>
/// <param name="Year">The year of the indeling; null: the jaar field of each area.</param>
/// <param name="SourceName">The name the user knows the file by; default its file name.</param>
public sealed record AreaKaart(string Path, int? Year, string? SourceName)
{
    /// <summary>Only the areas of these gemeenten (GM codes), from a national file; null: every area in it. What
    /// the import replaces follows from what it reads, so the other gemeenten of the workspace stay.</summary>
    public IReadOnlySet<string>? Gemeenten { get; init; }
}
