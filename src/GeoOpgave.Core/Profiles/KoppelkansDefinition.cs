namespace GeoOpgave.Core.Profiles;

/// <summary>
/// An intervention that serves several opgaven or combines planned works; it applies in a buurt where all of
/// <see cref="Opgaven"/> are urgent and, when <see cref="Werken"/> is set, the planned works it needs are there.
/// </summary>
/// <param name="Opgaven">The opgaven that must all be urgent; may be empty for a koppelkans of works alone.</param>
public sealed record KoppelkansDefinition(
    string Id,
    string Name,
    IReadOnlyList<string> Opgaven,
    string Rationale)
{
    /// <summary>The planned works it needs; null for a koppelkans of urgent opgaven alone.</summary>
    public KoppelkansWerken? Werken { get; init; }

    /// <summary>True when every one of <see cref="Opgaven"/> is in <paramref name="urgent"/> (so also when there are
    /// none).</summary>
    public bool OpgavenUrgent(IReadOnlySet<string> urgent)
    {
        ArgumentNullException.ThrowIfNull(urgent);
        return Opgaven.All(urgent.Contains);
    }
}
