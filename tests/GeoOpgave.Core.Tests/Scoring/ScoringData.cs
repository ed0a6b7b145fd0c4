using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>Seeded random buurten, indicator values and profiles for property tests.</summary>
internal static class ScoringData
{
    public const string Square = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";

    public static Area[] Buurten(int count, int gemeenten = 2) =>
        Enumerable
            .Range(0, count)
            .Select(i =>
                TestAreas.Buurt($"BU{9990 + (i % gemeenten):D4}{i:D4}", Square, $"GM{9990 + (i % gemeenten):D4}")
            )
            .ToArray();

    /// <summary>Values for indicators i0…i(n−1): integers 0–19 (so ties occur), about a tenth missing.</summary>
    public static List<IndicatorValue> Values(
        Random random,
        IReadOnlyList<Area> buurten,
        int indicators,
        double missingShare = 0.1
    ) =>
        buurten
            .SelectMany(b =>
                Enumerable
                    .Range(0, indicators)
                    .Select(j => new IndicatorValue(
                        b.Code,
                        $"i{j}",
                        2024,
                        random.NextDouble() < missingShare ? null : random.Next(20)
                    ))
            )
            .ToList();

    /// <summary>Two opgaven over indicators i0…i(n−1), random weights and directions.</summary>
    public static Profile Profile(
        Random random,
        int indicators,
        Func<IndicatorDirection, Normalisation>? normalisation = null
    )
    {
        OpgaveIndicator Indicator(int j)
        {
            var direction =
                random.Next(2) == 0 ? IndicatorDirection.HigherIsMoreUrgent : IndicatorDirection.LowerIsMoreUrgent;
            return new($"i{j}", 0.5 + (random.NextDouble() * 3), direction)
            {
                Normalisation = normalisation?.Invoke(direction) ?? Normalisation.PercentileGemeente,
            };
        }

        var half = indicators / 2;
        OpgaveDefinition[] opgaven =
        [
            new("energie", "Energie", "#000", Enumerable.Range(0, half).Select(Indicator).ToArray()),
            new("sociaal", "Sociaal", "#111", Enumerable.Range(half, indicators - half).Select(Indicator).ToArray()),
        ];
        return new Profile("test", 1, "Test", 60, 40, 0.5, opgaven, []);
    }

    public static ScoringResult Score(
        Profile profile,
        IReadOnlyList<Area> buurten,
        IEnumerable<IndicatorValue> values
    ) => ScoreOpgaven.Run(new ScoringParameters(profile, buurten, new IndicatorTable(values)));
}
