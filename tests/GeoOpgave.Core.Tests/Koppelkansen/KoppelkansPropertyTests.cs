using System.Globalization;
using static GeoOpgave.Core.Tests.Koppelkansen.KoppelkansTestData;

namespace GeoOpgave.Core.Tests.Koppelkansen;

/// <summary>The acceptance properties of issue 15, each checked on many seeded random streets and years.</summary>
public sealed class KoppelkansPropertyTests
{
    private const int Cases = 60;

    [Fact]
    public void Run_MoveAWorkOutsideTheWindow_RemovesTheKoppelkansAndOffersAShift()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var (street, sameStreet) = Street(random, random.Next(15, 85), random.Next(0, 6));
            var start = random.Next(2025, 2036);
            var within = start + random.Next(-3, 4);
            var outside = start + (random.Next(2) == 0 ? -1 : 1) * random.Next(4, 15);

            var before = Match(
                Scores(Profile(), [], []),
                Work("riool:0", "riolering", street, start),
                Work("warmte:0", "warmtenet", sameStreet, within)
            );
            var after = Match(
                Scores(Profile(), [], []),
                Work("riool:0", "riolering", street, start),
                Work("warmte:0", "warmtenet", sameStreet, outside)
            );

            Assert.True(
                before.Scores.Buurten[0].Koppelkansen.Any(k => k.Id == "straat-een-keer-open"),
                $"seed {seed}: {start} and {within}"
            );
            Assert.True(
                after.Scores.Buurten[0].Koppelkansen.All(k => k.Id != "straat-een-keer-open"),
                $"seed {seed}: {start} and {outside}"
            );
            Assert.Equal(Math.Abs(outside - start), Assert.Single(after.Shifts).YearsApart);
        }
    }

    [Fact]
    public void Run_WorksOnDifferentStreetsOfTheSameBuurt_NeverMakeTheKoppelkans()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            // Two parallel streets in the same buurt, further apart than two buffers (20 m): a block between them.
            var y = random.Next(5, 30);
            var (street, _) = Street(random, y, 0);
            var (otherStreet, _) = Street(random, y + random.Next(25, 65), 0);
            var start = random.Next(2025, 2036);

            var result = Match(
                Scores(Profile(), [], []),
                Work("riool:0", "riolering", street, start),
                Work("warmte:0", "warmtenet", otherStreet, start + random.Next(0, 3))
            );

            Assert.Empty(result.Matches);
            Assert.Empty(result.Shifts);
            Assert.Empty(result.Scores.Buurten[0].Koppelkansen);
        }
    }

    // A street of 40–80 m along y inside the west square, and a second line offset a few metres along it.
    private static (string Street, string SameStreet) Street(Random random, int y, int offset)
    {
        var x0 = random.Next(5, 45);
        var x1 = x0 + random.Next(40, 50);
        string Line(int at) => string.Create(CultureInfo.InvariantCulture, $"LINESTRING ({x0} {at}, {x1} {at})");
        return (Line(y), Line(y + offset));
    }
}
