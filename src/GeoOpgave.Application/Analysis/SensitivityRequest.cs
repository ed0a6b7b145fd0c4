using System.Globalization;

namespace GeoOpgave.Application.Analysis;

/// <summary>How to test the robustness of the priority selection of a profile against weight changes.</summary>
/// <param name="Profiel">The profile id; null for the default profile.</param>
public sealed record SensitivityRequest(string? Profiel)
{
    public const int MaxRuns = 10_000;
    public const double MaxPerturbation = 0.9;
    public const int MaxTopK = 1_000;

    /// <summary>Monte-Carlo runs, 1–<see cref="MaxRuns"/>.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Each weight is multiplied by 1 + u, u uniform in ±Perturbation; 0–<see cref="MaxPerturbation"/> (0.25 =
    /// ±25 %).</summary>
    public double Perturbation { get; init; } = 0.25;

    /// <summary>Size of the priority selection, 1–<see cref="MaxTopK"/>.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>Seed of the perturbations: same seed, same answer.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The CBS year; null for the latest.</summary>
    public int? Year { get; init; }

    /// <summary>Every parameter out of its range; empty when the request can run.</summary>
    public IReadOnlyList<ParameterIssue> Validate()
    {
        var issues = new List<ParameterIssue>();
        if (Runs is < 1 or > MaxRuns)
        {
            issues.Add(
                new ParameterIssue(
                    "runs",
                    $"Het aantal runs moet tussen 1 en {MaxRuns.ToString(CultureInfo.InvariantCulture)} liggen."
                )
            );
        }

        if (!(Perturbation is >= 0 and <= MaxPerturbation))
        {
            issues.Add(
                new ParameterIssue(
                    "perturbation",
                    $"De verstoring moet tussen 0 en {MaxPerturbation.ToString(CultureInfo.InvariantCulture)} liggen (0.25 = ±25 %)."
                )
            );
        }

        if (TopK is < 1 or > MaxTopK)
        {
            issues.Add(
                new ParameterIssue(
                    "top",
                    $"De top moet tussen 1 en {MaxTopK.ToString(CultureInfo.InvariantCulture)} buurten tellen."
                )
            );
        }

        return issues;
    }
}
