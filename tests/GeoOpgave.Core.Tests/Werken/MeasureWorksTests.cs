using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Tests.Werken;

public sealed class MeasureWorksTests
{
    private static PlannedWork Work(string id, string wkt, int? start = 2027, int? eind = 2028) =>
        new(id, TestAreas.Wkt(wkt), "riolering", "Werk " + id, start, eind, "gemeente", "gepland");

    [Fact]
    public void Measure_LineAcrossTwoBuurten_SplitsItsLengthAtTheBoundary()
    {
        // 150 m line from (40 50) to (190 50): 60 m in the west square (x 40–100), 90 m in the east (x 100–190).
        var line = Work("riool:0", "LINESTRING (40 50, 190 50)");

        var rows = MeasureWorks.Measure(new MeasureWorksParameters(TestAreas.TwoSquares(), [line])).Rows;

        Assert.Equal(2, rows.Count);
        Assert.Equal(("BU99990001", 60.0), (rows[0].Buurtcode, rows[0].LengthM!.Value), new LengthComparer());
        Assert.Equal(("BU99990002", 90.0), (rows[1].Buurtcode, rows[1].LengthM!.Value), new LengthComparer());
        Assert.All(rows, r => Assert.Null(r.AreaShare));
        Assert.All(rows, r => Assert.Equal((2027, 2028), (r.Work.Start!.Value, r.Work.Eind!.Value)));
    }

    [Fact]
    public void Measure_PolygonOverlappingTwoBuurten_GivesTheShareOfEachBuurtsArea()
    {
        // x 50–130, y 0–50: 50 × 50 = 2500 m² of the west square (10000 m², share 0.25), 30 × 50 = 1500 m² of the east
        // (0.15).
        var plein = Work("plein:0", "POLYGON ((50 0, 130 0, 130 50, 50 50, 50 0))");

        var rows = MeasureWorks.Measure(new MeasureWorksParameters(TestAreas.TwoSquares(), [plein])).Rows;

        Assert.Equal(["BU99990001", "BU99990002"], rows.Select(r => r.Buurtcode));
        Assert.Equal(0.25, rows[0].AreaShare!.Value, 9);
        Assert.Equal(0.15, rows[1].AreaShare!.Value, 9);
        Assert.All(rows, r => Assert.Null(r.LengthM));
    }

    [Fact]
    public void Measure_LineAlongTheBoundary_CountsInBothBuurten()
    {
        var boundary = Work("grens:0", "LINESTRING (100 0, 100 100)");

        var rows = MeasureWorks.Measure(new MeasureWorksParameters(TestAreas.TwoSquares(), [boundary])).Rows;

        Assert.Equal([("BU99990001", 100.0), ("BU99990002", 100.0)], rows.Select(r => (r.Buurtcode, r.LengthM!.Value)));
    }

    [Fact]
    public void Measure_PolygonSharingOnlyAnEdge_TouchesNoBuurt()
    {
        var outside = Work("buiten:0", "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))");

        var rows = MeasureWorks.Measure(new MeasureWorksParameters(TestAreas.TwoSquares(), [outside])).Rows;

        Assert.Empty(rows);
    }

    [Fact]
    public void Measure_MultiPoint_CountsThePointsPerBuurt()
    {
        var woningen = Work("renovatie:0", "MULTIPOINT ((10 10), (20 20), (150 50))");

        var rows = MeasureWorks.Measure(new MeasureWorksParameters(TestAreas.TwoSquares(), [woningen])).Rows;

        Assert.Equal([("BU99990001", 2), ("BU99990002", 1)], rows.Select(r => (r.Buurtcode, r.PointCount!.Value)));
    }

    [Theory]
    [InlineData(2025, 2026, false)]
    [InlineData(2026, 2027, true)]
    [InlineData(2028, 2030, true)]
    [InlineData(2029, null, false)]
    [InlineData(null, 2026, false)]
    [InlineData(null, null, true)]
    public void Overlaps_PeriodAgainstWindow_MatchesWhenTheyShareAYear(int? van, int? tot, bool expected)
    {
        var work = Work("w:0", "POINT (1 1)", 2027, 2028);

        Assert.Equal(expected, work.Overlaps(van, tot));
    }

    private sealed class LengthComparer : IEqualityComparer<(string, double)>
    {
        public bool Equals((string, double) x, (string, double) y) =>
            x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 1e-9;

        public int GetHashCode((string, double) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
