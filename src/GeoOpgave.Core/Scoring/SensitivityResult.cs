namespace GeoOpgave.Core.Scoring;

/// <summary>The outcome of <see cref="AnalyseSensitivity"/>: per buurt (input order) how often it stayed in the top
/// k.</summary>
public sealed record SensitivityResult(int Runs, int TopK, double Perturbation, IReadOnlyList<BuurtStability> Buurten)
{
    /// <summary>Mean <see cref="BuurtStability.ShareInTopK"/> of the buurten in the unperturbed top k (0–1; 1 = rock
    /// solid); null when k is 0.</summary>
    public double? BaseSelectionStability =>
        Buurten.Where(b => b.InBaseTopK).Select(b => b.ShareInTopK).DefaultIfEmpty(double.NaN).Average() is var s
        && double.IsNaN(s)
            ? null
            : s;
}
