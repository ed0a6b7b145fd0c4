using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace GeoOpgave.Core.Aggregation;

/// <summary>The areas checked (repaired or left out, with issues) and prepared for repeated overlay tests.</summary>
internal sealed class PreparedAreas
{
    public PreparedAreas(IReadOnlyList<Area> areas, List<AggregationIssue> issues)
    {
        Areas = areas;
        Geometries = PolygonalInput.CheckAreas(areas, issues);
        Prepared = Geometries.Select(g => g is null ? null : PreparedGeometryFactory.Prepare(g)).ToArray();
    }

    public IReadOnlyList<Area> Areas { get; }

    public Geometry?[] Geometries { get; }

    public IPreparedGeometry?[] Prepared { get; }

    /// <summary>Area in m² of area <paramref name="i"/> (0 when it is empty).</summary>
    public double AreaM2(int i) => Geometries[i]?.Area ?? 0;
}
