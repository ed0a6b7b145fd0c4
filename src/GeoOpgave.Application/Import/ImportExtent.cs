namespace GeoOpgave.Application.Import;

/// <summary>A bounding box in RD New (EPSG:28992), metres.</summary>
public sealed record ImportExtent(double MinX, double MinY, double MaxX, double MaxY);
