using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Koppelkansen;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Application.Analysis;

/// <summary>Turns a workspace snapshot and a profile into an <see cref="AnalysisResult"/> with the engine's
/// operations.</summary>
internal static class AnalysisBuilder
{
    public static AnalysisResult Build(
        WorkspaceSnapshot snapshot,
        Profile profile,
        HotSpotOptions hotSpots,
        ContiguityCache contiguity,
        AnalysisResult? previous = null
    )
    {
        // The fast path: normalise once, then rescore; sensitivity runs reuse the same matrix. What the previous
        // analysis of this profile normalised and scored from the same columns is taken over.
        var table = snapshot.IndicatorsFor(profile.MaximumAgeYears);
        var normalised = NormaliseIndicators.Run(
            new ScoringParameters(profile, snapshot.Buurten, table) { Previous = previous?.Normalised }
        );
        var works = MatchWorks.Run(
            new MatchWorksParameters(snapshot.Buurten, snapshot.Works)
            {
                BufferMeters = profile.Planning.BufferMeters,
                MinimumOverlapMeters = profile.Planning.MinimumOverlapMeters,
            }
        );
        var planning = MatchKoppelkansen.Run(
            new MatchKoppelkansenParameters(
                ScoreOpgaven.ToResult(
                    RescoreOpgaven.Run(new RescoreParameters(normalised)),
                    previous?.Planning?.Scores
                ),
                works
            )
        );
        var scores = planning.Scores;
        var rollUp = RollUpScores.Run(new RollUpParameters(scores, snapshot.Buurten, table)
        {
            PopulationIndicatorId = KerncijferIds.AantalInwoners,
        });
        var spots = HotSpotsOf(snapshot, scores, hotSpots, contiguity);

        var indicatorIds = profile
            .Opgaven.SelectMany(o => o.Indicators)
            .Select(i => i.IndicatorId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var analyses = snapshot
            .Buurten.Select(
                (b, i) =>
                    new BuurtAnalysis(b, scores.Buurten[i], new BuurtIndicatorValues(table, b.Code, indicatorIds))
                    {
                        Population =
                            table.Get(b.Code, KerncijferIds.AantalInwoners) is { } p && double.IsFinite(p) && p >= 0
                                ? p
                                : null,
                        HotSpot = spots.Areas[i],
                        Observations = new BuurtObservations(table, b.Code, indicatorIds),
                    }
            )
            .ToArray();
        return new AnalysisResult(profile, snapshot.Year, snapshot.Gemeenten, analyses)
        {
            Wijken = snapshot.Wijken,
            RollUp = rollUp,
            HotSpotOptions = hotSpots,
            Normalised = normalised,
            Indicators = table,
            Werken = works,
            Planning = planning,
        };
    }

    private static HotSpotResult HotSpotsOf(
        WorkspaceSnapshot snapshot,
        ScoringResult scores,
        HotSpotOptions options,
        ContiguityCache cache
    ) =>
        GetisOrdGiStar.Run(
            new HotSpotParameters(
                cache.Get(snapshot.Buurten, options.ToleranceMeters),
                scores.Buurten.Select(b => b.CombinedScore).ToArray()
            )
            {
                Alpha = options.Alpha,
                FalseDiscoveryRate = options.FalseDiscoveryRate,
            }
        );
}
