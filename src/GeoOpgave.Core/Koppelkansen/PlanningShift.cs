using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>
/// A chance to shift one plan: two works that a koppelkans would combine lie on the same street in the buurt, but
/// their periods are further apart than its window. Moving one of them makes the koppelkans.
/// </summary>
/// <param name="Buurtcode">The buurt's CBS code.</param>
/// <param name="Koppelkans">The koppelkans that shifting would make.</param>
/// <param name="First">The work with the smaller id.</param>
/// <param name="Second">The other work.</param>
/// <param name="YearsApart">How many years their periods are apart now (more than the koppelkans's window).</param>
public sealed record PlanningShift(
    string Buurtcode,
    KoppelkansDefinition Koppelkans,
    PlannedWork First,
    PlannedWork Second,
    int YearsApart
);
