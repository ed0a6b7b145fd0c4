namespace GeoOpgave.Web.Components.Map;

/// <summary>What the map shows: the fills of the buurten and the legend that explains them, always built
/// together.</summary>
/// <param name="Title">The legend's heading, e.g. "Aantal urgente opgaven".</param>
/// <param name="Method">How the classes were made, in Dutch, or null when the classes are counts.</param>
public sealed record Choropleth(string Title, string? Method, IReadOnlyList<LegendEntry> Legend, MapPaint Paint)
{
    /// <summary>A sentence under the legend on how to read it; null for none.</summary>
    public string? Note { get; init; }
}
