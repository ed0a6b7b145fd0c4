using System.Globalization;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Tests.Werken;

/// <summary>Invariants of <see cref="MatchWorks"/> on many seeded random street plans over the two test
/// squares.</summary>
public sealed class MatchWorksPropertyTests
{
    private const int Cases = 40;

    [Fact]
    public void Run_AnyOrderOfTheWorks_GivesTheSameMeetings()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var works = Works(new Random(seed), 8);
            var shuffled = works.OrderBy(_ => new Random(seed + 1000).Next()).Reverse().ToArray();

            var a = MatchWorks.Run(new MatchWorksParameters(TestAreas.TwoSquares(), works)).Meetings;
            var b = MatchWorks.Run(new MatchWorksParameters(TestAreas.TwoSquares(), shuffled)).Meetings;

            Assert.Equal(a.Select(Key), b.Select(Key));
        }
    }

    [Fact]
    public void Run_EveryMeeting_IsInABuurtBothWorksTouchAndSharesAtLeastTheMinimum()
    {
        var meetings = 0;
        for (var seed = 0; seed < Cases; seed++)
        {
            var works = Works(new Random(seed), 8);
            var parameters = new MatchWorksParameters(TestAreas.TwoSquares(), works);

            var result = MatchWorks.Run(parameters);

            meetings += result.Meetings.Count;
            var touched = result.Works.Select(r => (r.Buurtcode, r.Work.Id)).ToHashSet();
            Assert.All(result.Meetings, m =>
            {
                Assert.Contains((m.Buurtcode, m.First.Id), touched);
                Assert.Contains((m.Buurtcode, m.Second.Id), touched);
                Assert.True(m.SharedLengthM >= parameters.MinimumOverlapMeters, $"seed {seed}: {m.SharedLengthM}");
                Assert.True(string.CompareOrdinal(m.First.Id, m.Second.Id) < 0);
                Assert.Equal(m.First.YearsApart(m.Second), m.YearsApart);
            });
        }

        Assert.True(meetings >= Cases, $"only {meetings} meetings: the random plans hardly share a street");
    }

    // Horizontal and vertical street pieces on a 10 m grid across both squares, with random years.
    private static PlannedWork[] Works(Random random, int count) =>
        Enumerable
            .Range(0, count)
            .Select(i =>
            {
                var at = random.Next(1, 10) * 10;
                var from = random.Next(0, 12) * 10;
                var to = from + random.Next(3, 9) * 10;
                var wkt =
                    random.Next(2) == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"LINESTRING ({from} {at}, {to} {at})")
                        : string.Create(
                            CultureInfo.InvariantCulture,
                            $"LINESTRING ({at + 50} {Math.Min(from, 60)}, {at + 50} {Math.Min(to, 100)})"
                        );
                var start = random.Next(2025, 2036);
                return new PlannedWork(
                    $"w:{i}",
                    TestAreas.Wkt(wkt),
                    i % 2 == 0 ? "riolering" : "warmtenet",
                    null,
                    start,
                    start,
                    "gemeente",
                    null
                );
            })
            .ToArray();

    private static string Key(WorkMeeting m) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{m.Buurtcode}|{m.First.Id}|{m.Second.Id}|{m.SharedLengthInBuurtM:0.000}|{m.YearsApart}"
        );
}
