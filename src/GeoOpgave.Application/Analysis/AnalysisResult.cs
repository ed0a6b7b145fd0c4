using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Koppelkansen;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The analysis of every buurt of one year with one profile: scores, overlap, priority, roll-ups per wijk and
/// gemeente and hot spots of the combined score.
/// </summary>
public sealed record AnalysisResult(
    Profile Profile,
    int Year,
    IReadOnlyList<Area> Gemeenten,
    IReadOnlyList<BuurtAnalysis> Buurten)
{
    /// <summary>The wijken of the year, ordered by code.</summary>
    public IReadOnlyList<Area> Wijken { get; init; } = [];

    /// <summary>Population-weighted roll-ups per wijk and gemeente (population = indicator
    /// <c>aantal_inwoners</c>).</summary>
    public RollUpResult RollUp { get; init; } = new([], []);

    /// <summary>How the hot spots of <see cref="BuurtAnalysis.HotSpot"/> were judged.</summary>
    public HotSpotOptions HotSpotOptions { get; init; } = new();

    /// <summary>
    /// The normalised indicator matrix the scores were computed from; sensitivity runs rescore from it
    /// without reading raw values again. Null when the result was built by hand.
    /// </summary>
    public NormalisedIndicators? Normalised { get; init; }

    /// <summary>The values that were scored, with their reference years; null for a result built without
    /// them.</summary>
    public IndicatorTable? Indicators { get; init; }

    /// <summary>The planned works per buurt and the pairs of works on the same street; null for a result built without
    /// them.</summary>
    public MatchWorksResult? Werken { get; init; }

    /// <summary>
    /// The koppelkansen of planned works per buurt with their works, the plans worth shifting and the conflicts; null
    /// for a result built without works. The koppelkansen themselves are on each buurt's score.
    /// </summary>
    public MatchKoppelkansenResult? Planning { get; init; }

    /// <summary>The buurt scores as the engine's result, in the order of <see cref="Buurten"/> (for
    /// explanations).</summary>
    public ScoringResult Scoring => new(Profile, Buurten.Select(b => b.Score).ToArray());

    /// <summary>The buurt with this code, or null.</summary>
    public BuurtAnalysis? FindBuurt(string code) =>
        Buurten.FirstOrDefault(b => string.Equals(b.Buurt.Code, code, StringComparison.Ordinal));
}
