namespace GeoOpgave.Core.Scoring;

/// <summary>How one <see cref="ScoringVariation"/> changes the top k of the base scoring.</summary>
/// <param name="Name">The variation's name.</param>
/// <param name="Kept">Buurten of the base top k that stay in the top k.</param>
/// <param name="Entered">Buurten that enter the top k, in the variation's priority order.</param>
/// <param name="Left">Buurten of the base top k that drop out, in base priority order.</param>
public sealed record VariationOutcome(string Name, int Kept, IReadOnlyList<string> Entered, IReadOnlyList<string> Left);
