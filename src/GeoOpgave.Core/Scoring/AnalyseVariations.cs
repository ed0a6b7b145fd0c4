using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Sensitivity to the choices of method rather than to the weights: the urgency threshold 5 points lower and higher
/// (for a calibrated profile, its shares 5 percentage points larger and smaller),
/// the other normalisation (percentiles ↔ min–max), and each indicator left out in turn. Per change it tells which
/// buurten enter and leave the top k, so a report can say which choice moves the selection most: these drive the
/// overlap count more than the weights within an opgave do.
/// </summary>
public static class AnalyseVariations
{
    public const double ThresholdStep = 5;

    /// <summary>The standard variations of a scoring: threshold ±<see cref="ThresholdStep"/>, the other normalisation,
    /// each indicator left out.</summary>
    public static IReadOnlyList<ScoringVariation> Standard(ScoringParameters parameters, NormalisedIndicators baseline)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(baseline);
        var profile = parameters.Profile;
        var variations = new List<ScoringVariation>
        {
            Renormalised($"drempel −{ThresholdStep:0}", parameters, ShiftThresholds(profile, -ThresholdStep)),
            Renormalised($"drempel +{ThresholdStep:0}", parameters, ShiftThresholds(profile, ThresholdStep)),
        };
        if (OtherNormalisation(profile) is { } other)
        {
            variations.Add(
                Renormalised($"normalisatie {other.Name}", parameters, WithNormalisation(profile, other.Normalisation))
            );
        }

        var weights = baseline.ProfileWeights();
        foreach (var id in baseline.Slots.Select(s => s.Indicator.IndicatorId).Distinct(StringComparer.Ordinal))
        {
            var without = baseline.Slots.Select(s => s.Indicator.IndicatorId == id ? 0 : weights[s.Index]).ToArray();
            variations.Add(new ScoringVariation($"zonder {profile.InfoOf(id).Name}", baseline, without));
        }

        return variations;
    }

    /// <summary>Compares the top <paramref name="topK"/> of each variation with that of the base scoring.</summary>
    public static IReadOnlyList<VariationOutcome> Run(
        NormalisedIndicators baseline,
        IReadOnlyList<ScoringVariation> variations,
        int topK
    )
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variations);
        ArgumentOutOfRangeException.ThrowIfNegative(topK);
        var baseTop = Top(RescoreOpgaven.Run(new RescoreParameters(baseline)), baseline.BuurtCodes, topK);
        var inBase = baseTop.ToHashSet(StringComparer.Ordinal);
        return variations
            .AsParallel()
            .AsOrdered()
            .Select(v =>
            {
                var top = Top(
                    RescoreOpgaven.Run(new RescoreParameters(v.Indicators) { Weights = v.Weights }),
                    v.Indicators.BuurtCodes,
                    topK
                );
                var inVariation = top.ToHashSet(StringComparer.Ordinal);
                return new VariationOutcome(
                    v.Name,
                    baseTop.Count(inVariation.Contains),
                    [.. top.Where(c => !inBase.Contains(c))],
                    [.. baseTop.Where(c => !inVariation.Contains(c))]);
            })
            .ToList();
    }

    private static List<string> Top(RescoreResult result, IReadOnlyList<string> codes, int topK)
    {
        var ranks = result.PriorityRank.ToArray();
        return
        [
            .. Enumerable
                .Range(0, codes.Count)
                .Where(b => ranks[b] <= topK)
                .OrderBy(b => ranks[b])
                .Select(b => codes[b]),
        ];
    }

    private static ScoringVariation Renormalised(string name, ScoringParameters parameters, Profile profile) =>
        new(name, NormaliseIndicators.Run(parameters with { Profile = profile }));

    // A calibrated share moves the other way by as many percentage points: a higher threshold flags fewer buurten.
    private static Profile ShiftThresholds(Profile profile, double delta) => profile with
    {
        UrgentThreshold = Math.Clamp(profile.UrgentThreshold + delta, 0, 100),
        AttentionThreshold = Math.Clamp(profile.AttentionThreshold + delta, 0, 100),
        UrgentShare = Shift(profile.UrgentShare, delta),
        AttentionShare = Shift(profile.AttentionShare, delta),
        Opgaven = [.. profile.Opgaven.Select(o => o with
        {
            UrgentThreshold = o.UrgentThreshold is { } u ? Math.Clamp(u + delta, 0, 100) : null,
            AttentionThreshold = o.AttentionThreshold is { } a ? Math.Clamp(a + delta, 0, 100) : null,
            UrgentShare = Shift(o.UrgentShare, delta),
            AttentionShare = Shift(o.AttentionShare, delta),
        })],
    };

    private static double? Shift(double? share, double delta) =>
        share is { } q ? Math.Clamp(q - (delta / 100), 0, 1) : null;

    // Percentiles are the usual choice, min–max the usual alternative; fixed breakpoints are a choice of their own.
    private static (string Name, Normalisation Normalisation)? OtherNormalisation(Profile profile)
    {
        var kinds = profile.Opgaven.SelectMany(o => o.Indicators).Select(i => i.Normalisation.Kind).ToHashSet();
        return kinds.Contains(NormalisationKind.MinMax) && !kinds.Contains(NormalisationKind.PercentileGemeente)
            ? ("percentielen", Normalisation.PercentileGemeente)
            : kinds.Contains(NormalisationKind.PercentileGemeente) || kinds.Contains(NormalisationKind.PercentileAll)
                ? ("min–max", Normalisation.MinMax)
                : null;
    }

    private static Profile WithNormalisation(Profile profile, Normalisation normalisation) => profile with
    {
        Opgaven = [.. profile.Opgaven.Select(o => o with
        {
            Indicators =
            [
                .. o.Indicators.Select(i =>
                    i.Normalisation.Kind == NormalisationKind.Absolute ? i : i with { Normalisation = normalisation }
                ),
            ],
        })],
    };
}
