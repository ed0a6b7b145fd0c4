namespace GeoOpgave.Web.Components.Map;

/// <summary>Where to zoom: the buurten to fit, and the buurt to open when the search found a single buurt.</summary>
public sealed record ZoomTarget(string Name, IReadOnlyList<string> BuurtCodes, string? SelectBuurt);
