namespace GeoOpgave.Core.Scoring;

/// <summary>One change to the method for <see cref="AnalyseVariations"/>: the matrix (and weights) it scores
/// with.</summary>
/// <param name="Name">What was changed, in Dutch, e.g. "drempel +5" or "zonder gemiddeld gasverbruik".</param>
/// <param name="Indicators">The normalised values under the change (the base matrix when only weights change).</param>
/// <param name="Weights">One weight per slot; null for the profile's.</param>
public sealed record ScoringVariation(
    string Name,
    NormalisedIndicators Indicators,
    IReadOnlyList<double>? Weights = null
);
