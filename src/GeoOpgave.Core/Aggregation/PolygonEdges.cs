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
    private readonly List<double> _coordinates = [];
    private readonly List<int> _starts = [0];

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

        _starts.Add(_coordinates.Count / 4);
    }

    /// <summary>The edges of a single geometry.</summary>
    public double[] AddAndBuild(Geometry? geometry)
    {
        Add(geometry);
        return Build().Coordinates;
    }

    /// <summary>Freezes the lists into <see cref="Coordinates"/> and <see cref="Starts"/> (edge index ranges per geometry).</summary>
    public PolygonEdges Build()
    {
        Coordinates = [.. _coordinates];
        Starts = [.. _starts];
        return this;
    }

    private void AddRing(CoordinateSequence ring, bool counterClockwise)
    {
        var n = ring.Count;
        if (n < 4)
        {
            return;
        }

        var reverse = Orientation.IsCCW(ring) != counterClockwise;
        for (var k = 0; k < n - 1; k++)
        {
            int a = reverse ? n - 1 - k : k, b = reverse ? n - 2 - k : k + 1;
            _coordinates.Add(ring.GetX(a));
            _coordinates.Add(ring.GetY(a));
            _coordinates.Add(ring.GetX(b));
            _coordinates.Add(ring.GetY(b));
        }
    }
}
