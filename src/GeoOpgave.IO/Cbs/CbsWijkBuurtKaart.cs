using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.IO.Cbs;

/// <summary>
/// The areas and kerncijfers of a CBS wijk- en buurtkaart. Geometries are in RD New (EPSG:28992).
/// </summary>
/// <param name="Areas">Gemeenten, wijken and buurten of the layers present, and the wijken and gemeenten dissolved
/// from them where the file lacks those levels; ordered by level and code.</param>
/// <param name="Kerncijfers">
/// One value per area and numeric field; the indicator id is the snake_case field name. CBS sentinels and
/// empty cells are null.
/// </param>
public sealed record CbsWijkBuurtKaart(IReadOnlyList<Area> Areas, IReadOnlyList<IndicatorValue> Kerncijfers)
{
    /// <summary>Per indicator id, how many cells held a CBS sentinel and became null; fields without any are
    /// absent.</summary>
    public IReadOnlyDictionary<string, int> SentinelCounts { get; init; } =
        new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>How many of <see cref="Areas"/> the file lacked and were dissolved from the buurten (or a gemeente from
    /// the wijken).</summary>
    public int DerivedAreas { get; init; }
}
