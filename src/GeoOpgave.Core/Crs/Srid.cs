namespace GeoOpgave.Core.Crs;

/// <summary>The spatial reference ids GeoOpgave works with.</summary>
public static class Srid
{
    /// <summary>Amersfoort / RD New, metres: everything is stored and computed in this CRS.</summary>
    public const int RdNew = 28992;

    /// <summary>WGS 84 geographic; GeoOpgave writes it in lon/lat order (CRS84), as GeoJSON and Leaflet want.</summary>
    public const int Wgs84 = 4326;

    /// <summary>Web Mercator, the CRS of Leaflet's and PDOK's tile grids.</summary>
    public const int WebMercator = 3857;
}
