using System.Collections.Concurrent;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// What an analysis reads from the workspace for one boundary year: areas of every level, the indicator values
/// of that year and the years before it (values of changed codes already converted to this year's buurten), and the
/// planned works of every works layer.
/// </summary>
/// <param name="ResolveIndicators">
/// The table of the values for a maximum age; where nothing needed converting, the value cache's, which resolves
/// again only the indicators whose rows changed.
/// </param>
internal sealed record WorkspaceSnapshot(
    int Year,
    IReadOnlyList<Area> Gemeenten,
    IReadOnlyList<Area> Wijken,
    IReadOnlyList<Area> Buurten,
    Func<int, IndicatorTable> ResolveIndicators)
{
    private readonly ConcurrentDictionary<int, IndicatorTable> _tables = new();

    /// <summary>The planned works of every works layer, in RD New, ordered by id.</summary>
    public IReadOnlyList<PlannedWork> Works { get; init; } = [];

    /// <summary>Per buurt and indicator the newest known value no older than
    /// <paramref name="maximumAgeYears"/>.</summary>
    public IndicatorTable IndicatorsFor(int maximumAgeYears) => _tables.GetOrAdd(maximumAgeYears, ResolveIndicators);
}
