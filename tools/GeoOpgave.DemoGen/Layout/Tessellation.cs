using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Triangulate;

namespace GeoOpgave.DemoGen.Layout;

/// <summary>
/// Cuts the gemeente into faces: the Voronoi cells of the seeds, clipped to the outline, plus an enclave ring.
/// All edges go through one noded line network that is densified and wiggled as a whole, then polygonized, so
/// neighbouring faces share identical vertices and the faces cover the gemeente exactly.
/// </summary>
internal static class Tessellation
{
    private const double DensifyMetres = 20;

    public static IReadOnlyList<Polygon> Faces(
        Polygon outline,
        IReadOnlyList<Coordinate> seeds,
        LinearRing enclave,
        Displacement displacement
    )
    {
        var factory = outline.Factory;
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = Expanded(outline.EnvelopeInternal, 2_000) };
        builder.SetSites(seeds.ToList());
        var cells = builder.GetDiagram(factory);

        var lines = new List<NetTopologySuite.Geometries.Geometry> { outline.ExteriorRing, enclave };
        lines.AddRange(cells.Geometries.Cast<Polygon>().Select(c => c.ExteriorRing));
        var inside = Polygonize(UnaryUnionOp.Union(factory.BuildGeometry(lines)))
            .Where(f => outline.Contains(f.InteriorPoint))
            .ToList();

        // Re-node only the edges of the faces inside, then wiggle them all at once.
        var edges = UnaryUnionOp.Union(factory.BuildGeometry(inside.Select(f => f.Boundary).ToList()));
        var wiggled = displacement.Apply(Densifier.Densify(edges, DensifyMetres));
        return Polygonize(UnaryUnionOp.Union(wiggled));
    }

    private static List<Polygon> Polygonize(NetTopologySuite.Geometries.Geometry lines)
    {
        var polygonizer = new Polygonizer();
        polygonizer.Add(lines);
        if (polygonizer.GetCutEdges().Count > 0 || polygonizer.GetInvalidRingLines().Count > 0)
        {
            throw new InvalidOperationException("The buurt line network has cut edges or invalid rings.");
        }

        return polygonizer.GetPolygons().Cast<Polygon>().ToList();
    }

    private static Envelope Expanded(Envelope envelope, double by)
    {
        var copy = envelope.Copy();
        copy.ExpandBy(by);
        return copy;
    }
}
