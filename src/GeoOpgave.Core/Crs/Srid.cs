using System.Globalization;

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

    /// <summary>
    /// Reads an EPSG code as users type it: <c>EPSG:28992</c>, <c>epsg:4326</c> or just <c>28992</c> (4 to 6 digits,
    /// surrounding spaces ignored). False for anything else; whether GeoOpgave can transform it is not checked here.
    /// </summary>
    public static bool TryParseEpsg(string? text, out int srid)
    {
        srid = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        var digits = trimmed.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) ? trimmed[5..] : trimmed;
        return digits.Length is >= 4 and <= 6
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out srid)
            && srid > 0;
    }
}
