namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The map colours of the overlap count, shared by the legend and the JS map module so both always agree.
/// </summary>
public static class OverlapPalette
{
    /// <summary>ColorBrewer YlOrRd, 5 classes (colour-blind safe): index = number of urgent opgaven, 0–4.</summary>
    public static IReadOnlyList<string> Colours { get; } = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

    /// <summary>The fill of a buurt where no opgave could be scored.</summary>
    public const string OnbekendColour = "#b4b4b4";

    /// <summary>The colour of the highest class, for overlaps above the palette's range.</summary>
    public static string ColourFor(int overlap) => Colours[Math.Clamp(overlap, 0, Colours.Count - 1)];
}
