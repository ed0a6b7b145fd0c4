namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// New fills for buurten that are already drawn: per code its class (index into <see cref="Colours"/>, −1 for
/// onbekend) and its tooltip text. Serialised to camelCase JSON for the map module; geometry is never resent.
/// </summary>
public sealed record MapPaint(
    IReadOnlyList<string> Codes,
    IReadOnlyList<int> Classes,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Colours,
    string OnbekendColour);
