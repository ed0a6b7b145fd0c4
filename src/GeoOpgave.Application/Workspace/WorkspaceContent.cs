using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Workspace;

/// <summary>Areas and indicator values that land in the workspace together, in one transaction.</summary>
public sealed record WorkspaceContent(IReadOnlyList<Area> Areas, IReadOnlyList<IndicatorValue> Values);
