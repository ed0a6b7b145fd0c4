using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>A checked zone with its oriented edges (x0, y0, x1, y1 each), extracted once and reused for every area it
/// meets.</summary>
internal sealed class ZonePolygon(Geometry geometry)
{
    public Geometry Geometry { get; } = geometry;

    public double[] Edges { get; } = new PolygonEdges().AddAndBuild(geometry);
}
