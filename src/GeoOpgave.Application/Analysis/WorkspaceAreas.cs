using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Analysis;

/// <summary>The areas of one boundary year, every level, each list ordered by code; shared by every snapshot of that year.</summary>
internal sealed record WorkspaceAreas(IReadOnlyList<Area> Gemeenten, IReadOnlyList<Area> Wijken, IReadOnlyList<Area> Buurten);
