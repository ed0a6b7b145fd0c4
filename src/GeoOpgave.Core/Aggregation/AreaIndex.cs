using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The areas of an aggregation in an STR-tree with NTS prepared geometries: the plain reference for the
/// boundary rule. The aggregators use <see cref="AreaPointLocator"/>, which gives the same answers
/// many times faster; the tests hold the two against each other.
/// </summary>
public sealed class AreaIndex
{
    private readonly STRtree<int> _tree = new();
    private readonly IPreparedGeometry[] _prepared;

    public AreaIndex(IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        Areas = areas;
        _prepared = new IPreparedGeometry[areas.Count];
        for (var i = 0; i < areas.Count; i++)
        {
            _prepared[i] = PreparedGeometryFactory.Prepare(areas[i].Geometry);
            _tree.Insert(areas[i].Geometry.EnvelopeInternal, i);
        }

        _tree.Build();
    }

    /// <summary>The areas, in the order given.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>
    /// The index of the one area a point belongs to, or -1 when it lies in none. A point on the shared
    /// boundary of several areas belongs to the one with the lowest code (ordinal), so that every
    /// point is counted exactly once; a point on the outer boundary belongs to its area.
    /// </summary>
    public int Locate(Coordinate point)
    {
        var best = -1;
        var pointGeometry = new Point(point);
        foreach (var i in _tree.Query(new Envelope(point)))
        {
            if (
                (best < 0 || string.CompareOrdinal(Areas[i].Code, Areas[best].Code) < 0)
                && _prepared[i].Covers(pointGeometry)
            )
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The indexes of the areas whose envelope intersects an envelope.</summary>
    public IList<int> Candidates(Envelope envelope) => _tree.Query(envelope);

    /// <summary>The prepared geometry of an area.</summary>
    public IPreparedGeometry Prepared(int index) => _prepared[index];
}
