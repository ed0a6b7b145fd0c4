namespace GeoOpgave.Core.Profiles;

/// <summary>
/// How a profile relates planned works to each other: when two works are on the same street, and when two works that
/// open the street are a conflict.
/// </summary>
/// <param name="BufferMeters">How far (metres) around each work its street reaches.</param>
/// <param name="MinimumOverlapMeters">How much street (metres) two works must share to be on the same street.</param>
/// <param name="ConflictYears">
/// Two works that open the street, of different owners, on the same street at most this many years apart are a
/// conflict (unless a koppelkans combines them).
/// </param>
public sealed record PlanningRules(double BufferMeters, double MinimumOverlapMeters, int ConflictYears)
{
    /// <summary>The rules of a profile that sets none.</summary>
    public static PlanningRules Default { get; } = new(
        Werken.MatchWorksParameters.DefaultBufferMeters, Werken.MatchWorksParameters.DefaultMinimumOverlapMeters, 5);
}
