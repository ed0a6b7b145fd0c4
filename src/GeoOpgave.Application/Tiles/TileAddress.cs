using GeoOpgave.Core.Crs;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Tiles;

/// <summary>A tile of the WebMercatorQuad tile matrix set (OGC 17-083r2): zoom, column and row from the top
/// left.</summary>
public sealed record TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    /// <summary>The MVT extent: a tile is 4096 units across.</summary>
    public const int Extent = 4096;

    private const double EarthCircumferenceM = 40_075_016.686;
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), Srid.Wgs84);

    /// <summary>Null when the address exists in WebMercatorQuad; otherwise a Dutch message.</summary>
    public string? Error => Z is < 0 or > MaxZoom
        ? $"Zoomniveau {Z} bestaat niet; gebruik 0 tot en met {MaxZoom}."
        : X < 0 || Y < 0 || X >= 1 << Z || Y >= 1 << Z
            ? $"Tegel {X}/{Y} ligt buiten zoomniveau {Z} (0 tot en met {(1 << Z) - 1})."
            : null;

    /// <summary>West, south, east, north in degrees (WGS84).</summary>
    public (double West, double South, double East, double North) Bounds
    {
        get
        {
            var n = 1 << Z;
            return (Lon(X, n), Lat(Y + 1, n), Lon(X + 1, n), Lat(Y, n));
        }
    }

    /// <summary>
    /// The tile widened by <paramref name="bufferUnits"/> MVT units on every side, as an RD New polygon (edges
    /// densified, since a straight line in degrees bends in RD New).
    /// </summary>
    public Geometry AreaRdNew(int bufferUnits)
    {
        var (west, south, east, north) = Bounds;
        var dx = (east - west) * bufferUnits / Extent;
        var dy = (north - south) * bufferUnits / Extent;
        var box = Wgs84.ToGeometry(
            new Envelope(west - dx, east + dx, Math.Max(-85.0511, south - dy), Math.Min(85.0511, north + dy))
        );
        var dense = Densifier.Densify(box, (east - west) / 8);
        return GeometryTransformer.Wgs84ToRdNew.Transform(dense);
    }

    /// <summary>The ground length of one MVT unit at the tile's centre, in metres.</summary>
    public double UnitMetres
    {
        get
        {
            var (_, south, _, north) = Bounds;
            var latitude = (south + north) / 2 * Math.PI / 180;
            return EarthCircumferenceM / (1 << Z) / Extent * Math.Cos(latitude);
        }
    }

    private static double Lon(int x, int n) => (double)x / n * 360 - 180;

    private static double Lat(int y, int n) => Math.Atan(Math.Sinh(Math.PI * (1 - 2.0 * y / n))) * 180 / Math.PI;
}
