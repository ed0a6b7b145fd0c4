using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Analysis;

/// <summary>The areas of one boundary year, every level, each list ordered by code; shared by every snapshot of that
/// year.</summary>
internal sealed record WorkspaceAreas(
    IReadOnlyList<Area> Gemeenten,
    IReadOnlyList<Area> Wijken,
    IReadOnlyList<Area> Buurten
)
{
    /// <summary>The codes of <see cref="Buurten"/>.</summary>
    public IReadOnlySet<string> BuurtCodes { get; } = Buurten.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
}
