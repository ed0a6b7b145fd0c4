using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The ring edges of polygonal geometries as flat coordinate arrays (x0, y0, x1, y1 per edge), area after
/// area. Shells run counter-clockwise and holes clockwise, so a signed sweep over the edges has winding 1
/// inside and 0 in holes; the vertex order of each ring is otherwise kept.
/// </summary>
internal sealed class PolygonEdges
{
    private readonly List<int> _starts = [0];
    private double[] _coordinates;
    private int _used;

    /// <param name="edgeCapacity">The edges expected (see <see cref="EdgeCount"/>), so a national layer's edges are allocated once.</param>
    public PolygonEdges(int edgeCapacity = 0) => _coordinates = new double[4 * edgeCapacity];

    /// <summary>Number of geometries added.</summary>
    public int Count => _starts.Count - 1;

    public double[] Coordinates { get; private set; } = [];

    public int[] Starts { get; private set; } = [];

    /// <summary>Adds the edges of one geometry (none for null or non-polygonal).</summary>
    public void Add(Geometry? geometry)
    {
        if (geometry is not null)
        {
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                if (geometry.GetGeometryN(i) is Polygon polygon && !polygon.IsEmpty)
                {
                    AddRing(polygon.ExteriorRing.CoordinateSequence, counterClockwise: true);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        AddRing(hole.CoordinateSequence, counterClockwise: false);
                    }
                }
            }
        }

        _starts.Add(_used / 4);
    }

    /// <summary>The edges of a single geometry.</summary>
    public double[] AddAndBuild(Geometry? geometry)
    {
        Add(geometry);
        return Build().Coordinates;
    }

    /// <summary>Freezes the edges into <see cref="Coordinates"/> and <see cref="Starts"/> (edge index ranges per geometry).</summary>
    public PolygonEdges Build()
    {
        Coordinates = _used == _coordinates.Length ? _coordinates : _coordinates.AsSpan(0, _used).ToArray();
        Starts = [.. _starts];
        return this;
    }

    /// <summary>The number of edges <see cref="Add"/> takes from the geometry.</summary>
    public static int EdgeCount(Geometry? geometry)
    {
        var count = 0;
        for (var i = 0; geometry is not null && i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon && !polygon.IsEmpty)
            {
                count += RingEdges(polygon.ExteriorRing.CoordinateSequence) + polygon.InteriorRings.Sum(h => RingEdges(h.CoordinateSequence));
            }
        }

        return count;
    }

    private static int RingEdges(CoordinateSequence ring) => ring.Count < 4 ? 0 : ring.Count - 1;

    private void AddRing(CoordinateSequence ring, bool counterClockwise)
    {
        var n = ring.Count;
        if (RingEdges(ring) == 0)
        {
            return;
        }

        if (_used + (4 * (n - 1)) > _coordinates.Length)
        {
            Array.Resize(ref _coordinates, Math.Max(_coordinates.Length * 2, _used + (4 * (n - 1))));
        }

        var reverse = Orientation.IsCCW(ring) != counterClockwise;
        var xy = _coordinates;
        for (var k = 0; k < n - 1; k++)
        {
            int a = reverse ? n - 1 - k : k, b = reverse ? n - 2 - k : k + 1;
            xy[_used++] = ring.GetX(a);
            xy[_used++] = ring.GetY(a);
            xy[_used++] = ring.GetX(b);
            xy[_used++] = ring.GetY(b);
        }
    }
}
