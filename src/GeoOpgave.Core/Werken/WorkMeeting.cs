namespace GeoOpgave.Core.Werken;

/// <summary>
/// Two works that lie on the same street or parcel, attributed to one buurt: their buffered corridors overlap over at
/// least the minimum length (<see cref="MatchWorksParameters.MinimumOverlapMeters"/>), or a point work lies within the
/// buffer of the other; or two works in the same buurt when one is known only by its buurt
/// (<see cref="PlannedWork.BuurtOnly"/>).
/// </summary>
/// <param name="Buurtcode">The buurt where they meet (a pair that meets in several buurten has a row in each).</param>
/// <param name="First">The work with the smaller id (ordinal).</param>
/// <param name="Second">The other work.</param>
/// <param name="SharedLengthM">
/// The length in metres of street both occupy, over all buurten: the area of the overlap of both buffers divided by
/// the buffer's full width (2 × buffer); 0 for a meeting with a point work or a work known only by its buurt.
/// </param>
/// <param name="SharedLengthInBuurtM">The part of <paramref name="SharedLengthM"/> inside this buurt.</param>
/// <param name="YearsApart">The years between their periods (<see cref="PlannedWork.YearsApart"/>); null when either
/// has no start.</param>
public sealed record WorkMeeting(
    string Buurtcode,
    PlannedWork First,
    PlannedWork Second,
    double SharedLengthM,
    double SharedLengthInBuurtM,
    int? YearsApart)
{
    /// <summary>True when one of the two works is of kind <paramref name="soortA"/>'s set and the other of
    /// <paramref name="soortB"/>'s.</summary>
    public bool Pairs(IReadOnlyCollection<string> soortA, IReadOnlyCollection<string> soortB)
    {
        ArgumentNullException.ThrowIfNull(soortA);
        ArgumentNullException.ThrowIfNull(soortB);
        return (soortA.Contains(First.Soort) && soortB.Contains(Second.Soort))
            || (soortA.Contains(Second.Soort) && soortB.Contains(First.Soort));
    }
}
