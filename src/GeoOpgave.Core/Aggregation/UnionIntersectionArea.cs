using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// area(A ∩ (Z1 ∪ … ∪ Zn)) without building the overlay: the boundary of that region is made of the
/// pieces of A's edges that lie inside some zone and the pieces of each zone's edges that lie inside A
/// and outside every other zone. Splitting all edges where they cross and keeping the right pieces, the
/// area is the shoelace sum over the kept pieces (they form closed rings, but the sum needs no rings).
/// A generic position is assumed: when a vertex touches another edge or edges overlap, the answer is
/// null and the caller falls back to a full overlay. One instance per area, reused for every class.
/// </summary>
internal sealed class UnionIntersectionArea
{
    private readonly double _ox;
    private readonly double _oy;
    private readonly int _areaSegments;
    private readonly SegmentBands _areaBands;
    private readonly List<int> _ownerStart = [];
    private readonly List<Envelope> _bounds = [];
    private double[] _xy;
    private int[] _owner;
    private int _count;

    public UnionIntersectionArea(Geometry area)
    {
        (_ox, _oy) = (area.EnvelopeInternal.MinX, area.EnvelopeInternal.MinY);
        (_xy, _owner) = (new double[1024], new int[256]);
        AddOwner(area.EnvelopeInternal, new PolygonEdges().AddAndBuild(area));
        _areaSegments = _count;
        _areaBands = new SegmentBands(_xy, _areaSegments);
    }

    public double? Compute(IReadOnlyList<ZonePolygon> zones)
    {
        _count = _areaSegments;
        _ownerStart.RemoveRange(1, _ownerStart.Count - 1);
        _bounds.RemoveRange(1, _bounds.Count - 1);
        foreach (var zone in zones)
        {
            AddOwner(zone.Geometry.EnvelopeInternal, zone.Edges);
        }

        _ownerStart.Add(_count);
        var crossings = Crossings();
        return crossings is null ? null : SumKeptPieces(crossings);
    }

    private void AddOwner(Envelope e, double[] c)
    {
        var owner = _ownerStart.Count;
        _ownerStart.Add(_count);
        _bounds.Add(new Envelope(e.MinX - _ox, e.MaxX - _ox, e.MinY - _oy, e.MaxY - _oy));
        if ((_count * 4) + c.Length > _xy.Length)
        {
            Array.Resize(ref _xy, Math.Max(_xy.Length * 2, (_count * 4) + c.Length));
            Array.Resize(ref _owner, _xy.Length / 4);
        }

        for (var k = 0; k < c.Length; k += 4)
        {
            var s = _count++ * 4;
            (_xy[s], _xy[s + 1], _xy[s + 2], _xy[s + 3]) = (c[k] - _ox, c[k + 1] - _oy, c[k + 2] - _ox, c[k + 3] - _oy);
            _owner[_count - 1] = owner;
        }
    }

    /// <summary>Per segment, the parameters (0–1) where other owners' segments cross it; null on any touching or
    /// overlap.</summary>
    private List<(int Segment, double T)>? Crossings()
    {
        var n = _count;
        var keys = new double[n];
        var order = new int[n];
        for (var s = 0; s < n; s++)
        {
            (keys[s], order[s]) = (Math.Min(_xy[s * 4], _xy[(s * 4) + 2]), s);
        }

        Array.Sort(keys, order);
        var result = new List<(int, double)>();
        for (var a = 0; a < n; a++)
        {
            var s = order[a];
            var maxX = Math.Max(_xy[s * 4], _xy[(s * 4) + 2]);
            for (var b = a + 1; b < n && keys[b] <= maxX; b++)
            {
                var r = order[b];
                if (_owner[r] != _owner[s] && YOverlap(s, r) && !SegmentCrossing.Add(_xy, s, r, result))
                {
                    return null;
                }
            }
        }

        result.Sort();
        return result;
    }

    private double? SumKeptPieces(List<(int Segment, double T)> crossings)
    {
        var twiceArea = 0.0;
        var k = 0;
        for (var s = 0; s < _count; s++)
        {
            double ax = _xy[s * 4], ay = _xy[(s * 4) + 1], bx = _xy[(s * 4) + 2], by = _xy[(s * 4) + 3];
            var t0 = 0.0;
            var more = true;
            while (more)
            {
                var t1 = k < crossings.Count && crossings[k].Segment == s ? crossings[k++].T : 1.0;
                more = t1 < 1.0 || (k < crossings.Count && crossings[k].Segment == s);
                double x0 = ax + ((bx - ax) * t0),
                    y0 = ay + ((by - ay) * t0),
                    x1 = ax + ((bx - ax) * t1),
                    y1 = ay + ((by - ay) * t1);
                if (Keep(_owner[s], (x0 + x1) / 2, (y0 + y1) / 2) is not { } keep)
                {
                    return null;
                }

                twiceArea += keep ? (x0 * y1) - (x1 * y0) : 0;
                t0 = t1;
            }
        }

        return Math.Max(twiceArea / 2, 0);
    }

    /// <summary>Whether a piece of an edge of <paramref name="owner"/> with this midpoint bounds the region; null when
    /// the midpoint is on another boundary.</summary>
    private bool? Keep(int owner, double x, double y)
    {
        var zones = _ownerStart.Count - 1;
        if (owner == 0)
        {
            for (var z = 1; z < zones; z++)
            {
                if (Inside(z, x, y) is var inside && inside is not false)
                {
                    return inside;
                }
            }

            return false;
        }

        var inArea = _bounds[0].Covers(x, y) ? _areaBands.Inside(x, y) : false;
        if (inArea is not true)
        {
            return inArea;
        }

        for (var z = 1; z < zones; z++)
        {
            if (z != owner && Inside(z, x, y) is var inside && inside is not false)
            {
                return inside is null ? null : false;
            }
        }

        return true;
    }

    private bool? Inside(int owner, double x, double y) =>
        _bounds[owner].Covers(x, y)
            ? SegmentBands.Inside(_xy, _ownerStart[owner], _ownerStart[owner + 1], x, y)
            : false;

    private bool YOverlap(int s, int r) =>
        Math.Max(_xy[(s * 4) + 1], _xy[(s * 4) + 3]) >= Math.Min(_xy[(r * 4) + 1], _xy[(r * 4) + 3])
        && Math.Max(_xy[(r * 4) + 1], _xy[(r * 4) + 3]) >= Math.Min(_xy[(s * 4) + 1], _xy[(s * 4) + 3]);
}
