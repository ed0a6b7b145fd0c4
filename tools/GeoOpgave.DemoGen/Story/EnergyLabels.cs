namespace GeoOpgave.DemoGen.Story;

/// <summary>Building years by wijk type and energy labels by building year: old stock mostly E–G, new stock A+ and
/// up.</summary>
internal static class EnergyLabels
{
    private static readonly string[] Labels = ["A++++", "A+++", "A++", "A+", "A", "B", "C", "D", "E", "F", "G"];

    // Weights over Labels, by the first building year each band starts at (newest first).
    private static readonly (int From, double[] Weights)[] Bands =
    [
        (2021, [40, 40, 20, 0, 0, 0, 0, 0, 0, 0, 0]),
        (2015, [0, 15, 35, 35, 15, 0, 0, 0, 0, 0, 0]),
        (2000, [0, 0, 0, 10, 45, 35, 10, 0, 0, 0, 0]),
        (1992, [0, 0, 0, 0, 15, 40, 35, 10, 0, 0, 0]),
        (1975, [0, 0, 0, 0, 0, 20, 40, 25, 15, 0, 0]),
        (1945, [0, 0, 0, 0, 0, 10, 20, 25, 25, 15, 5]),
        (int.MinValue, [0, 0, 0, 0, 0, 5, 12, 18, 25, 22, 18]),
    ];

    /// <summary>
    /// A building year: from 2000 on with the buurt's share of post-2000 dwellings, otherwise from the older
    /// stock typical of the wijk type.
    /// </summary>
    public static int DrawBouwjaar(WijkType type, double percentageVanaf2000, DemoRandom random)
    {
        if (random.Chance(percentageVanaf2000 / 100))
        {
            return random.Between(2000, 2023);
        }

        (int From, int To, double Weight)[] periods = type switch
        {
            WijkType.OudeKern => [(1600, 1899, 0.45), (1900, 1939, 0.45), (1945, 1999, 0.10)],
            WijkType.Naoorlogs => [(1950, 1972, 0.90), (1973, 1999, 0.10)],
            WijkType.Nieuwbouw => [(1985, 1999, 1.0)],
            WijkType.Polder => [(1850, 1944, 0.55), (1945, 1999, 0.45)],
            _ => [(1905, 1944, 0.2), (1945, 1974, 0.4), (1975, 1999, 0.4)],
        };
        var (from, to, _) = periods[random.Pick(periods.Select(p => p.Weight).ToList())];
        return random.Between(from, to);
    }

    /// <summary>A label for a dwelling of the given building year.</summary>
    public static string DrawLabel(int bouwjaar, DemoRandom random) =>
        Labels[random.Pick(Bands.First(b => bouwjaar >= b.From).Weights)];
}
