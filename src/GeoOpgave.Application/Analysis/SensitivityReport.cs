using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Analysis;

/// <summary>The outcome of a sensitivity analysis.</summary>
/// <param name="BaseSelectionStability">Mean share of runs (0–1) in which the buurten of the unperturbed top k stayed
/// there.</param>
/// <param name="Conclusion">One Dutch sentence for people.</param>
/// <param name="Buurten">Every buurt that was in the top k in the base or in any run, by base rank.</param>
public sealed record SensitivityReport(
    ProfileInfo Profiel,
    int Year,
    int Runs,
    double Perturbation,
    int TopK,
    int Seed,
    double? BaseSelectionStability,
    string Conclusion,
    IReadOnlyList<BuurtSensitivity> Buurten)
{
    /// <summary>
    /// The choices of method varied one at a time (threshold ±5, the other normalisation, each indicator left out),
    /// the one that changes the top k most first: how many buurten of the top k each keeps, and which enter and leave.
    /// </summary>
    public IReadOnlyList<VariationOutcome> Variations { get; init; } = [];
}
