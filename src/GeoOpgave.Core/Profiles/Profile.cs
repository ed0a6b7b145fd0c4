using System.Buffers;

namespace GeoOpgave.Core.Profiles;

/// <summary>
/// An opgave profile: which indicators make up each opgave, how they are weighted, when an opgave
/// counts as urgent, and which koppelkansen exist.
/// </summary>
/// <param name="Id">Stable id, e.g. "standaard".</param>
/// <param name="Version">Increases with every saved change.</param>
/// <param name="Name">Dutch display name.</param>
/// <param name="UrgentThreshold">Score (0–100) from which an opgave is urgent (class hoog).</param>
/// <param name="AttentionThreshold">Score (0–100) from which an opgave is class midden.</param>
/// <param name="MinimumCoverage">
/// Share (0–1) of an opgave's total weight that must have data in a buurt; below it the opgave is onbekend there.
/// </param>
public sealed record Profile(
    string Id,
    int Version,
    string Name,
    double UrgentThreshold,
    double AttentionThreshold,
    double MinimumCoverage,
    IReadOnlyList<OpgaveDefinition> Opgaven,
    IReadOnlyList<KoppelkansDefinition> Koppelkansen)
{
    /// <summary>Name, unit and source per indicator id; an indicator without an entry is shown by its id.</summary>
    public IReadOnlyDictionary<string, IndicatorInfo> IndicatorCatalogue { get; init; } =
        new Dictionary<string, IndicatorInfo>(StringComparer.Ordinal);

    /// <summary>The kinds of planned work (werksoorten) that a works layer may name; empty when the profile has
    /// none.</summary>
    public IReadOnlyList<Werken.Werksoort> Werksoorten { get; init; } = [];

    /// <summary>When planned works are on the same street, and when they conflict.</summary>
    public PlanningRules Planning { get; init; } = PlanningRules.Default;

    /// <summary>Which buurten are ranked, and among which others.</summary>
    public RankingBase RankingBase { get; init; } = RankingBase.Default;

    /// <summary>The default of <see cref="MaximumAgeYears"/>.</summary>
    public const int DefaultMaximumAgeYears = 4;

    /// <summary>The largest <see cref="MaximumAgeYears"/> a profile may set; an analysis reads values this far
    /// back.</summary>
    public const int MaximumAgeLimitYears = 10;

    /// <summary>
    /// How many years older than the areas an indicator value may be: an analysis of boundary year B uses per buurt
    /// and indicator the newest known value of a year from B − this up to B.
    /// </summary>
    public int MaximumAgeYears { get; init; } = DefaultMaximumAgeYears;

    /// <summary>The share (0–1) of buurten with data that is hoog in every opgave without its own; null: score
    /// thresholds.</summary>
    public double? UrgentShare { get; init; }

    /// <summary>The share (0–1) of buurten with data that is at least midden in every opgave without its own.</summary>
    public double? AttentionShare { get; init; }

    /// <summary>
    /// The score thresholds of one opgave in one scoring: the fixed ones, or where the profile calibrates by share, the
    /// score of the buurt at that share of the buurten with data (highest first), so that share is flagged; ties at
    /// the boundary are flagged together. A share that rounds to no buurt gives a threshold above every score (101).
    /// </summary>
    /// <param name="opgave">The opgave.</param>
    /// <param name="scores">Its scores in every buurt, NaN where onbekend.</param>
    public (double Urgent, double Attention) ThresholdsOf(OpgaveDefinition opgave, ReadOnlySpan<double> scores)
    {
        ArgumentNullException.ThrowIfNull(opgave);
        var urgentShare = opgave.UrgentShare ?? (opgave.UrgentThreshold is null ? UrgentShare : null);
        var attentionShare = opgave.AttentionShare ?? (opgave.AttentionThreshold is null ? AttentionShare : null);
        if (urgentShare is null && attentionShare is null)
        {
            return (UrgentThresholdOf(opgave), AttentionThresholdOf(opgave));
        }

        return (
            AtShare(scores, urgentShare) ?? UrgentThresholdOf(opgave),
            AtShare(scores, attentionShare) ?? AttentionThresholdOf(opgave)
        );
    }

    // Called for every opgave in every sensitivity run, so no sort: a selection in a pooled buffer, O(n) on average.
    private static double? AtShare(ReadOnlySpan<double> scores, double? share)
    {
        if (share is not { } q)
        {
            return null;
        }

        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(scores.Length, 1));
        try
        {
            var n = 0;
            foreach (var s in scores)
            {
                if (!double.IsNaN(s))
                {
                    buffer[n++] = s;
                }
            }

            var flagged = (int)Math.Round(q * n, MidpointRounding.AwayFromZero);
            return flagged == 0 ? 101 : Scoring.PriorityRanks.Select(buffer.AsSpan(0, n), n - flagged);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The threshold for class hoog of an opgave: its own, else the profile's.</summary>
    public double UrgentThresholdOf(OpgaveDefinition opgave)
    {
        ArgumentNullException.ThrowIfNull(opgave);
        return opgave.UrgentThreshold ?? UrgentThreshold;
    }

    /// <summary>The threshold for class midden of an opgave: its own, else the profile's.</summary>
    public double AttentionThresholdOf(OpgaveDefinition opgave)
    {
        ArgumentNullException.ThrowIfNull(opgave);
        return opgave.AttentionThreshold ?? AttentionThreshold;
    }

    /// <summary>The catalogue entry of an indicator, or a bare one (id as name, no unit) when there is none.</summary>
    public IndicatorInfo InfoOf(string indicatorId) =>
        IndicatorCatalogue.TryGetValue(indicatorId, out var info)
            ? info
            : new IndicatorInfo(indicatorId, indicatorId, string.Empty, string.Empty);

    /// <summary>Whether the catalogue defines how to compute the indicator from a layer (its definition).</summary>
    public bool ComputesFromLayer(string indicatorId) =>
        IndicatorCatalogue.GetValueOrDefault(indicatorId)?.Definition is not null;
}
