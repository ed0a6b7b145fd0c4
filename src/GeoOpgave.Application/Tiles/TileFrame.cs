namespace GeoOpgave.Application.Tiles;

/// <summary>
/// Where one tile lies in Web Mercator and how its MVT units relate to metres: x to the right and y down from the
/// tile's top-left corner, <see cref="TileAddress.Extent"/> units across, clipped at <c>buffer</c> units outside.
/// </summary>
public sealed class TileFrame
{
    private readonly double _originX;
    private readonly double _originY;
    private readonly double _scale;
    private readonly double _min;
    private readonly double _max;

    public TileFrame(TileAddress address, int bufferUnits)
    {
        ArgumentNullException.ThrowIfNull(address);
        var size = 2 * MercatorShape.HalfWorld / (1L << address.Z);
        _originX = -MercatorShape.HalfWorld + (address.X * size);
        _originY = MercatorShape.HalfWorld - (address.Y * size);
        _scale = TileAddress.Extent / size;
        _min = -bufferUnits;
        _max = TileAddress.Extent + bufferUnits;
        var margin = bufferUnits / _scale;
        Envelope = new NetTopologySuite.Geometries.Envelope(
            _originX - margin,
            _originX + size + margin,
            _originY - size - margin,
            _originY + margin
        );
    }

    /// <summary>The buffered tile in Web Mercator metres.</summary>
    public NetTopologySuite.Geometries.Envelope Envelope { get; }

    /// <summary>A length in metres as tile units.</summary>
    public double Units(double metres) => metres * _scale;

    /// <summary>Metres to tile units.</summary>
    public double[] Scale(double[] xy)
    {
        var result = new double[xy.Length];
        for (var i = 0; i < xy.Length; i += 2)
        {
            result[i] = (xy[i] - _originX) * _scale;
            result[i + 1] = (_originY - xy[i + 1]) * _scale;
        }

        return result;
    }

    /// <summary>The points (x,y pairs in tile units) that lie in the buffered tile.</summary>
    public double[] Inside(double[] xy)
    {
        var kept = new List<double>();
        for (var i = 0; i < xy.Length; i += 2)
        {
            if (xy[i] >= _min && xy[i] <= _max && xy[i + 1] >= _min && xy[i + 1] <= _max)
            {
                kept.Add(xy[i]);
                kept.Add(xy[i + 1]);
            }
        }

        return [.. kept];
    }

    /// <summary>A ring (tile units) clipped to the buffered tile; returned as it is when it lies inside.</summary>
    public double[] Clip(double[] ring)
    {
        if (Inside(ring).Length == ring.Length)
        {
            return ring;
        }

        var result = ring;
        for (var edge = 0; edge < 4 && result.Length > 0; edge++)
        {
            result = ClipEdge(result, edge);
        }

        return result;
    }

    // One Sutherland–Hodgman pass against edge 0 left, 1 right, 2 top, 3 bottom; the ring need not be closed.
    private double[] ClipEdge(double[] ring, int edge)
    {
        var output = new List<double>(ring.Length + 8);
        var n = ring.Length / 2;
        for (var i = 0; i < n; i++)
        {
            var (cx, cy) = (ring[2 * i], ring[(2 * i) + 1]);
            var (px, py) = (ring[2 * ((i + n - 1) % n)], ring[(2 * ((i + n - 1) % n)) + 1]);
            bool currentIn = In(cx, cy, edge), previousIn = In(px, py, edge);
            if (currentIn != previousIn)
            {
                var (ix, iy) = Cross(px, py, cx, cy, edge);
                output.Add(ix);
                output.Add(iy);
            }

            if (currentIn)
            {
                output.Add(cx);
                output.Add(cy);
            }
        }

        return [.. output];
    }

    private bool In(double x, double y, int edge) => edge switch
    {
        0 => x >= _min,
        1 => x <= _max,
        2 => y >= _min,
        _ => y <= _max,
    };

    private (double X, double Y) Cross(double px, double py, double cx, double cy, int edge)
    {
        var bound = edge is 0 or 2 ? _min : _max;
        if (edge < 2)
        {
            var t = (bound - px) / (cx - px);
            return (bound, py + (t * (cy - py)));
        }

        var s = (bound - py) / (cy - py);
        return (px + (s * (cx - px)), bound);
    }
}
