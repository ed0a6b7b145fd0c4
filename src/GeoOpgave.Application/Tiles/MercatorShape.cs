using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// A feature's geometry in Web Mercator metres (EPSG:3857), the space the WebMercatorQuad tiles are squares in: flat
/// x,y arrays per part, so a tile only scales, clips and rounds. Polygon rings are closed; each exterior ring is
/// followed by its holes.
/// </summary>
public sealed class MercatorShape
{
    /// <summary>Half the Web Mercator world width in metres.</summary>
    public const double HalfWorld = 20_037_508.342789244;

    private const double EarthRadius = 6_378_137;
    private const double MaxLatitude = 85.0511287798;

    private MercatorShape(int mvtType, IReadOnlyList<double[]> parts, IReadOnlyList<bool> exterior)
    {
        MvtType = mvtType;
        Parts = parts;
        Exterior = exterior;
        Envelope = new Envelope();
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Length; i += 2)
            {
                Envelope.ExpandToInclude(part[i], part[i + 1]);
            }
        }
    }

    /// <summary>The MVT geometry type: 1 point, 2 line, 3 polygon; 0 when there is nothing to draw.</summary>
    public int MvtType { get; }

    /// <summary>The points, lines or rings as x0,y0,x1,y1,… in metres.</summary>
    public IReadOnlyList<double[]> Parts { get; }

    /// <summary>Per part: whether it is an exterior ring (always true for points and lines).</summary>
    public IReadOnlyList<bool> Exterior { get; }

    public Envelope Envelope { get; }

    /// <summary>The shape of a WGS84 lon/lat geometry; a collection keeps only its parts of the highest
    /// dimension.</summary>
    public static MercatorShape FromWgs84(Geometry? geometry)
    {
        var parts = new List<double[]>();
        var exterior = new List<bool>();
        var dimension = geometry is null || geometry.IsEmpty ? Dimension.False : geometry.Dimension;
        for (var i = 0; geometry is not null && i < geometry.NumGeometries; i++)
        {
            var member = geometry.GetGeometryN(i);
            if (member.Dimension != dimension)
            {
                continue;
            }

            if (member is Polygon polygon)
            {
                parts.Add(Project(polygon.ExteriorRing.Coordinates));
                exterior.Add(true);
                parts.AddRange(polygon.InteriorRings.Select(r => Project(r.Coordinates)));
                exterior.AddRange(polygon.InteriorRings.Select(_ => false));
            }
            else
            {
                parts.Add(Project(member.Coordinates));
                exterior.Add(true);
            }
        }

        var type = dimension switch { Dimension.Point => 1, Dimension.Curve => 2, Dimension.Surface => 3, _ => 0 };
        return new MercatorShape(parts.Count == 0 ? 0 : type, parts, exterior);
    }

    /// <summary>
    /// The shape with each line and ring simplified (Douglas–Peucker) to <paramref name="toleranceMetres"/>; points
    /// stay. Rings that collapse are left for the tile to drop.
    /// </summary>
    public MercatorShape Simplify(double toleranceMetres)
    {
        if (MvtType == 1)
        {
            return this;
        }

        var parts = Parts.Select(p => Simplify(p, toleranceMetres)).ToList();
        return new MercatorShape(MvtType, parts, Exterior);
    }

    // A radial-distance pass first (linear, and at low zoom it leaves a handful of points), then Douglas–Peucker.
    private static double[] Simplify(double[] part, double tolerance)
    {
        var n = part.Length / 2;
        var coordinates = new List<Coordinate>(n) { new(part[0], part[1]) };
        for (var i = 1; i < n; i++)
        {
            var (x, y) = (part[2 * i], part[(2 * i) + 1]);
            var last = coordinates[^1];
            if (i == n - 1 || Math.Abs(x - last.X) >= tolerance || Math.Abs(y - last.Y) >= tolerance)
            {
                coordinates.Add(new Coordinate(x, y));
            }
        }

        var kept =
            coordinates.Count <= 4
                ? [.. coordinates]
                : DouglasPeuckerLineSimplifier.Simplify([.. coordinates], tolerance);
        var result = new double[kept.Length * 2];
        for (var i = 0; i < kept.Length; i++)
        {
            result[2 * i] = kept[i].X;
            result[(2 * i) + 1] = kept[i].Y;
        }

        return result;
    }

    private static double[] Project(Coordinate[] lonLat)
    {
        var xy = new double[lonLat.Length * 2];
        for (var i = 0; i < lonLat.Length; i++)
        {
            var latitude = Math.Clamp(lonLat[i].Y, -MaxLatitude, MaxLatitude) * Math.PI / 180;
            xy[2 * i] = EarthRadius * lonLat[i].X * Math.PI / 180;
            xy[(2 * i) + 1] = EarthRadius * Math.Log(Math.Tan((Math.PI / 4) + (latitude / 2)));
        }

        return xy;
    }
}
