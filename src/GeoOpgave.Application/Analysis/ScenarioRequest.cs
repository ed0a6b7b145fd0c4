using System.Globalization;

namespace GeoOpgave.Application.Analysis;

/// <summary>Two profiles to set side by side on the same buurten.</summary>
/// <param name="Profiel">Scenario A; null for the default profile.</param>
/// <param name="Met">Scenario B: the profile to compare with (required).</param>
public sealed record ScenarioRequest(string? Profiel, string? Met)
{
    /// <summary>Size of the priority selection whose entries and exits are reported,
    /// 1–<see cref="SensitivityRequest.MaxTopK"/>.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>The CBS year; null for the latest.</summary>
    public int? Year { get; init; }

    /// <summary>Every parameter that is missing or out of range; empty when the request can run.</summary>
    public IReadOnlyList<ParameterIssue> Validate()
    {
        var issues = new List<ParameterIssue>();
        if (string.IsNullOrWhiteSpace(Met))
        {
            issues.Add(new ParameterIssue("met", "Geef het profiel om mee te vergelijken op (met=…)."));
        }

        if (TopK is < 1 or > SensitivityRequest.MaxTopK)
        {
            issues.Add(
                new ParameterIssue(
                    "top",
                    $"De top moet tussen 1 en {SensitivityRequest.MaxTopK.ToString(CultureInfo.InvariantCulture)} buurten tellen."
                )
            );
        }

        return issues;
    }
}
