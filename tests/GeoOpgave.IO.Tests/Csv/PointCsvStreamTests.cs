using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Csv;

[Collection(MemoryMeasuringCollection.Name)]
public sealed class PointCsvStreamTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Rows_DutchFile_YieldsRdNewRowsWithLinesAndAttributes()
    {
        var path = _files.Write("palen.csv", "naam;x;y;vermogen\nA;155000,5;463000;22,5\nB;156000;464000;11\n");

        var (stream, issues) = PointCsvStream.Open(path);
        var rows = stream!.Rows().ToList();

        Assert.Empty(issues);
        Assert.Equal(
            [(0, 2, 155000.5, 463000.0), (1, 3, 156000.0, 464000.0)],
            rows.Select(r => (r.Index, r.Line, r.X, r.Y))
        );
        Assert.Equal(22.5, rows[0].Attributes["vermogen"]);
        Assert.Equal((28992, false), (stream.SourceSrid, stream.HasErrors));
    }

    [Fact]
    public void Rows_LonLat_TransformsEachRowToRdNew()
    {
        var path = _files.Write("wgs.csv", "lat,lon\n52.15517440,5.38720621\n52.15517440,5.38720621\n");

        var (stream, _) = PointCsvStream.Open(path);
        var rows = stream!.Rows().ToList();

        Assert.Equal(4326, stream.SourceSrid);
        Assert.All(rows, r => Assert.InRange(r.X, 154_999, 155_001));
        Assert.All(rows, r => Assert.InRange(r.Y, 462_999, 463_001));
    }

    [Fact]
    public void Rows_BadRowLate_IssueAppearsOnlyWhenReached()
    {
        var path = _files.Write("laat.csv", "x;y\n155000;463000\n155001;463001\nkapot;463002\n");
        var (stream, _) = PointCsvStream.Open(path);

        var first = stream!.Rows().Take(1).ToList();
        var errorsAfterFirst = stream.HasErrors;
        var all = PointCsvStream.Open(path).Stream!;
        var rows = all.Rows().ToList();

        Assert.Single(first);
        Assert.False(errorsAfterFirst);
        Assert.Equal(2, rows.Count);
        var issue = Assert.Single(all.Issues);
        Assert.Equal((IssueKind.NotANumber, 4, "x", 1), (issue.Kind, issue.Row, issue.Field, all.RowsSkipped));
    }

    [Fact]
    public void Rows_MostPointsOutsideNetherlands_SkippedWithOneErrorAfterTheLastRow()
    {
        var path = _files.Write("omgedraaid.csv", "x;y\n155000;463000\n463000;155000\n463001;155001\n");
        var (stream, _) = PointCsvStream.Open(path);

        var rows = stream!.Rows().ToList();

        Assert.Single(rows);
        var issue = Assert.Single(stream.Issues);
        Assert.Equal(
            (IssueKind.OutsideNetherlands, IssueSeverity.Error, 3, 2),
            (issue.Kind, issue.Severity, issue.Row, stream.RowsOutside)
        );
        Assert.Contains("2 van de 3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_OnePointInAHundredOutside_SkippedWithAWarning()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => i == 50 ? "463000;155000\n" : "155000;463000\n"));
        var path = _files.Write("verdwaald.csv", "x;y\n" + rows);
        var (stream, _) = PointCsvStream.Open(path);

        var read = stream!.Rows().ToList();

        Assert.Equal(99, read.Count);
        Assert.Equal(98, read[^1].Index);
        var issue = Assert.Single(stream.Issues);
        Assert.Equal((IssueSeverity.Warning, 52), (issue.Severity, issue.Row));
        Assert.Contains("1 van de 100", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_QuotedFieldOverTwoLines_KeepsNewlineAndCountsLines()
    {
        var path = _files.Write(
            "quotes.csv",
            "x;y;opmerking\n155000;463000;\"regel een\nregel \"\"twee\"\"\"\n155001;463001;gewoon\n"
        );
        var (stream, _) = PointCsvStream.Open(path);

        var rows = stream!.Rows().ToList();

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal("regel een\nregel \"twee\"", rows[0].Attributes["opmerking"]);
        Assert.Equal("gewoon", rows[1].Attributes["opmerking"]);
    }

    [Fact]
    public void Open_UnsupportedCrs_ReturnsNoStreamAndUnknownCrs()
    {
        var path = _files.Write("crs.csv", "x;y\n1;2\n");

        var (stream, issues) = PointCsvStream.Open(path, new PointCsvOptions { Srid = 2154 });

        Assert.Null(stream);
        Assert.Equal(IssueKind.UnknownCrs, Assert.Single(issues).Kind);
    }

    [Fact]
    public void Rows_LargeFile_DoesNotHoldRowsInMemory()
    {
        var path = _files.PathOf("groot.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine("x;y;naam");
            for (var i = 0; i < 200_000; i++)
            {
                writer.WriteLine($"{150000 + (i % 1000)};{460000 + (i / 1000)};punt nummer {i}");
            }
        }

        var (stream, _) = PointCsvStream.Open(path);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, count = 0;
        foreach (var row in stream!.Rows())
        {
            count++;
            if (count % 50_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        Assert.Equal(200_000, count);
        Assert.InRange(peak, long.MinValue, 4_000_000);
    }
}
