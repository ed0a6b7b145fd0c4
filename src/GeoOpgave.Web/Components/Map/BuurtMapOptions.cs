namespace GeoOpgave.Web.Components.Map;

/// <summary>What the JS map module needs to draw the buurten; serialised to camelCase JSON by JS interop.</summary>
/// <param name="TileUrl">The basemap's XYZ tile template (Web Mercator).</param>
/// <param name="Attribution">The basemap's attribution text.</param>
/// <param name="Colours">Fill per overlap count, 0 upwards.</param>
/// <param name="OnbekendColour">Fill of a buurt where every opgave is onbekend.</param>
public sealed record BuurtMapOptions(
    string TileUrl,
    string Attribution,
    IReadOnlyList<string> Colours,
    string OnbekendColour);
