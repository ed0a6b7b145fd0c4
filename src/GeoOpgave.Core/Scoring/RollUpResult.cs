namespace GeoOpgave.Core.Scoring;

/// <summary>Roll-ups per wijk and per gemeente, each ordered by code.</summary>
public sealed record RollUpResult(IReadOnlyList<AreaRollUp> Wijken, IReadOnlyList<AreaRollUp> Gemeenten);
