using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Diagnostics;

/// <summary>
/// What <see cref="DiagnoseProfile"/> looks at: the buurten (for their gemeente), the normalised indicator matrix the
/// scores were computed from (its raw values and profile) and the scores themselves, all in the same buurt order.
/// </summary>
public sealed record DiagnosticsParameters(
    IReadOnlyList<Area> Buurten,
    NormalisedIndicators Indicators,
    ScoringResult Scores
)
{
    /// <summary>Two indicators of different opgaven whose |Spearman r| exceeds this are reported (0–1).</summary>
    public double CorrelationLimit { get; init; } = 0.7;

    /// <summary>A correlation is only judged over at least this many buurten where both indicators are known.</summary>
    public int MinimumPairs { get; init; } = 5;

    /// <summary>An opgave scored in fewer buurten than this is reported.</summary>
    public int MinimumBuurtenWithData { get; init; } = 10;

    /// <summary>A percentile rank computed over fewer buurten with a value than this is reported as coarse.</summary>
    public int MinimumPercentileGroup { get; init; } = 20;
}
