namespace GeoOpgave.Web.Components.Services;

/// <summary>One area on a static SVG map: its path (even-odd filled) and fill colour.</summary>
public sealed record SvgShape(string Code, string Name, string Path, string Fill, bool Highlighted);
