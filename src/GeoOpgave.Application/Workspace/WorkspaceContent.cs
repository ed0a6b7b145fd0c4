using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Workspace;

/// <summary>What a demo load put in the workspace: the areas, and how many indicator values came with them.</summary>
public sealed record WorkspaceContent(IReadOnlyList<Area> Areas, int ValueCount);
