namespace GeoOpgave.Application.Export;

/// <summary>
/// The classes of the overlap map: colour i for i urgent opgaven (the last colour for i or more) and the colour of a
/// buurt where no opgave could be scored. The web host passes its map palette so an export looks like the map.
/// </summary>
/// <param name="Colours">Hex colours (#rrggbb), index = number of urgent opgaven.</param>
/// <param name="OnbekendColour">Hex colour of a buurt whose opgaven are all onbekend.</param>
public sealed record OverlapLegend(IReadOnlyList<string> Colours, string OnbekendColour)
{
    /// <summary>
    /// The web map's palette (ColorBrewer YlOrRd, 5 classes, and grey for onbekend), for hosts without a map of their
    /// own such as the CLI; a web test keeps it equal to the map's.
    /// </summary>
    public static OverlapLegend Standard { get; } =
        new(["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"], "#b4b4b4");
}
