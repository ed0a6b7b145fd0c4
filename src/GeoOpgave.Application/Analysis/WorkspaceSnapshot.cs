using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Analysis;

/// <summary>What an analysis reads from the workspace for one year: areas of every level and all indicator values.</summary>
internal sealed record WorkspaceSnapshot(
    int Year,
    IReadOnlyList<Area> Gemeenten,
    IReadOnlyList<Area> Wijken,
    IReadOnlyList<Area> Buurten,
    IndicatorTable Indicators);
