using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>A koppelkans that needs planned works and applies in a buurt, with the works that make it.</summary>
/// <param name="Buurtcode">The buurt's CBS code.</param>
/// <param name="Koppelkans">The koppelkans.</param>
/// <param name="Works">The works that meet its requirement there, ordered by id.</param>
public sealed record KoppelkansMatch(
    string Buurtcode,
    KoppelkansDefinition Koppelkans,
    IReadOnlyList<PlannedWork> Works
)
{
    /// <summary>
    /// For a koppelkans of two groups: the pairs of works on the same street within its window that make it here, in
    /// the order of <see cref="MatchWorksResult.Meetings"/>; empty for a koppelkans of one group.
    /// </summary>
    public IReadOnlyList<WorkMeeting> Pairs { get; init; } = [];
}
