namespace GeoOpgave.Web.Components.Map;

/// <summary>The value one buurt shows on a choropleth; null when it is onbekend (never shown as zero).</summary>
public sealed record BuurtValue(string Code, string Name, double? Value);
