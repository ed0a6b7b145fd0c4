namespace GeoOpgave.Application.Export;

/// <summary>One field of an imported layer as the collections publish it.</summary>
/// <param name="SourceName">The name in the stored attributes.</param>
/// <param name="Name">The published name (fid and geom get the suffix _bron).</param>
/// <param name="Type">The import type: integer, real, text, boolean, mixed or empty.</param>
public sealed record LayerField(string SourceName, string Name, string Type);
