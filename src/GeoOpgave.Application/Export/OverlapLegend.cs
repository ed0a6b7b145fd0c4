namespace GeoOpgave.Application.Export;

/// <summary>
/// The classes of the overlap map: colour i for i urgent opgaven (the last colour for i or more) and the colour of a
/// buurt where no opgave could be scored. The web host passes its map palette so an export looks like the map.
/// </summary>
/// <param name="Colours">Hex colours (#rrggbb), index = number of urgent opgaven.</param>
/// <param name="OnbekendColour">Hex colour of a buurt whose opgaven are all onbekend.</param>
public sealed record OverlapLegend(IReadOnlyList<string> Colours, string OnbekendColour);
