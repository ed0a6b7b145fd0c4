using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Spatial;

/// <summary>
/// Builds queen contiguity from polygons: two areas are neighbours when they share at least a point
/// (a common edge or only a corner), or come within <see cref="ContiguityParameters.ToleranceMeters"/>.
/// Candidates come from an STRtree on the envelopes, so the cost grows with n log n, not n².
/// Empty geometries get no neighbours.
/// </summary>
public static class BuildContiguity
{
    public static Contiguity Run(ContiguityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var polygons = parameters.Polygons;
        var tolerance = Math.Max(0, parameters.ToleranceMeters);
        var tree = new STRtree<int>();
        for (var i = 0; i < polygons.Count; i++)
        {
            if (!polygons[i].IsEmpty)
            {
                tree.Insert(Expanded(polygons[i], tolerance), i);
            }
        }

        tree.Build();
        var neighbours = Enumerable.Range(0, polygons.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < polygons.Count; i++)
        {
            if (polygons[i].IsEmpty)
            {
                continue;
            }

            var prepared = PreparedGeometryFactory.Prepare(polygons[i]);
            foreach (var j in tree.Query(Expanded(polygons[i], tolerance)))
            {
                if (j > i && AreNeighbours(prepared, polygons[i], polygons[j], tolerance))
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }
            }
        }

        return new Contiguity(neighbours);
    }

    private static bool AreNeighbours(IPreparedGeometry prepared, Geometry a, Geometry b, double tolerance) =>
        tolerance > 0 ? a.IsWithinDistance(b, tolerance) : prepared.Intersects(b);

    private static Envelope Expanded(Geometry g, double tolerance)
    {
        var envelope = g.EnvelopeInternal.Copy();
        envelope.ExpandBy(tolerance);
        return envelope;
    }
}
