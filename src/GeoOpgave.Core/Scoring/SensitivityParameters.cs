namespace GeoOpgave.Core.Scoring;

/// <summary>How to test the robustness of a priority selection against weight changes.</summary>
/// <param name="Indicators">Built once by <see cref="NormaliseIndicators"/>; every run reuses it.</param>
/// <param name="TopK">Size of the selection: the first k buurten by priority.</param>
public sealed record SensitivityParameters(NormalisedIndicators Indicators, int TopK)
{
    /// <summary>Each weight is multiplied by 1 + u, u uniform in [−Perturbation, +Perturbation]; 0.25 = ±25
    /// %.</summary>
    public double Perturbation { get; init; } = 0.25;

    /// <summary>Number of Monte-Carlo runs.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Seed of the <see cref="Random"/> that draws the perturbations: same seed, same answer.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The weights to perturb, one per slot; null for the profile's weights.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Threads for the runs; −1 lets the runtime choose. The answer does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
