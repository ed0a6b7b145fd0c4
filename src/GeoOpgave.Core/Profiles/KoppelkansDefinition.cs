namespace GeoOpgave.Core.Profiles;

/// <summary>
/// An intervention that serves several opgaven at once; it applies in a buurt where all of
/// <see cref="Opgaven"/> are urgent.
/// </summary>
public sealed record KoppelkansDefinition(
    string Id,
    string Name,
    IReadOnlyList<string> Opgaven,
    string Rationale);
