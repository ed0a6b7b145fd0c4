using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Application.Analysis;

/// <summary>Condenses an <see cref="AnalysisResult"/> into its <see cref="AnalysisSummary"/>.</summary>
public static class AnalysisSummaries
{
    public static AnalysisSummary Summarise(AnalysisResult result, int top)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var names = result
            .Wijken.Concat(result.Gemeenten)
            .ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        var overlap = Enumerable
            .Range(0, result.Profile.Opgaven.Count + 1)
            .Select(o => result.Buurten.Where(b => b.Score.Overlap == o).ToArray())
            .Select((buurten, o) => new OverlapCount(o, buurten.Length, buurten.Sum(b => b.Population ?? 0)))
            .ToArray();
        var ranked = result.Buurten.OrderBy(b => b.Score.PriorityOrder).ToArray();
        return new AnalysisSummary(
            ProfileInfo.Of(result.Profile),
            result.Year,
            result.Buurten.Count,
            overlap,
            result.RollUp.Wijken.Select(r => RollUp(r, names)).ToArray(),
            result.RollUp.Gemeenten.Select(r => RollUp(r, names)).ToArray(),
            ranked.Take(top).Select(Priority).ToArray(),
            Matrix(result),
            HotSpots(result, ranked));
    }

    /// <summary>A buurt as it appears in a priority list.</summary>
    public static PriorityBuurt Priority(BuurtAnalysis buurt)
    {
        ArgumentNullException.ThrowIfNull(buurt);
        return new PriorityBuurt(
            buurt.Buurt.Code,
            buurt.Buurt.Name,
            buurt.Buurt.WijkCode,
            buurt.Score.PriorityRank,
            buurt.Score.Overlap,
            buurt.Score.Signature,
            buurt.Score.CombinedScore,
            buurt.Score.Koppelkansen.Select(k => k.Id).ToArray(),
            AnalysisLayer.HotSpotName(buurt.HotSpot?.Class))
        {
            KnownOpgaven = buurt.Score.KnownOpgaven,
        };
    }

    /// <summary>The co-occurrence of urgent opgaven over the buurten.</summary>
    public static OverlapMatrix Matrix(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var n = result.Profile.Opgaven.Count;
        var counts = new int[n][];
        for (var i = 0; i < n; i++)
        {
            counts[i] = new int[n];
        }

        foreach (var buurt in result.Buurten)
        {
            var urgent = Enumerable.Range(0, n).Where(i => buurt.Score.Opgaven[i].IsUrgent).ToArray();
            foreach (var i in urgent)
            {
                foreach (var j in urgent)
                {
                    counts[i][j]++;
                }
            }
        }

        return new OverlapMatrix(result.Profile.Opgaven.Select(o => o.Id).ToArray(), counts);
    }

    private static AreaRollUpSummary RollUp(AreaRollUp r, Dictionary<string, string> names) => new(
        r.Code,
        names.TryGetValue(r.Code, out var name) ? name : r.Code,
        r.BuurtCount,
        r.BuurtenWithoutPopulation,
        r.Population,
        r.ShareInOverlap,
        r.Opgaven);

    private static HotSpotSummary HotSpots(AnalysisResult result, BuurtAnalysis[] ranked)
    {
        int Count(HotSpotClass c) => result.Buurten.Count(b => (b.HotSpot?.Class ?? HotSpotClass.Unknown) == c);
        return new HotSpotSummary(
            result.HotSpotOptions.Alpha,
            result.HotSpotOptions.FalseDiscoveryRate,
            Count(HotSpotClass.HotSpot),
            Count(HotSpotClass.ColdSpot),
            Count(HotSpotClass.NotSignificant),
            Count(HotSpotClass.Unknown),
            ranked.Where(b => b.HotSpot?.Class == HotSpotClass.HotSpot).Select(b => b.Buurt.Code).ToArray())
        {
            TooFewBuurten =
                result.Buurten.Count(b => b.Score.CombinedScore is not null) < HotSpotParameters.DefaultMinimumAreas,
        };
    }
}
