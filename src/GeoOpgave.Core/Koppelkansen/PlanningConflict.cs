using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>
/// The same street opened twice: two works that open the street, of different owners, on the same street within the
/// profile's conflict window (<see cref="Profiles.PlanningRules.ConflictYears"/>), that no koppelkans combines.
/// </summary>
/// <param name="Buurtcode">The buurt's CBS code.</param>
/// <param name="First">The work with the smaller id.</param>
/// <param name="Second">The other work.</param>
/// <param name="YearsApart">How many years their periods are apart.</param>
public sealed record PlanningConflict(string Buurtcode, PlannedWork First, PlannedWork Second, int YearsApart);
