using System.Globalization;
using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Tests.Fixtures;

namespace GeoOpgave.IO.Tests.Csv;

/// <summary>The columnar, byte-level reading of <see cref="PointCsvStream.Blocks"/>.</summary>
public sealed class PointCsvBlockTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Blocks_ManyRowsAcrossReadBuffers_KeepsEveryRowInOrder()
    {
        var text = new StringBuilder("id;x;y;naam\n");
        for (var i = 0; i < 70_000; i++)
        {
            text.Append(i)
                .Append(';')
                .Append(150_000 + (i % 1000))
                .Append(",25;")
                .Append(460_000 + (i / 1000))
                .Append(";\"straat ")
                .Append(i)
                .Append("\"\r\n");
        }

        var path = _files.Write("groot.csv", text.ToString());
        var (stream, _) = PointCsvStream.Open(path);

        var rows = new List<(int Index, int Line, double X, long Id, string Naam)>();
        foreach (var block in stream!.Blocks(blockRows: 4096))
        {
            for (var r = 0; r < block.Count; r++)
            {
                rows.Add((block.Index[r], block.Line[r], block.X[r], block.Cell(r, 0).Integer, block.Text(r, 1)));
            }
        }

        Assert.Equal(70_000, rows.Count);
        Assert.Equal((69_999, 70_001, 150_999.25, 69_999L, "straat 69999"), rows[^1]);
        Assert.True(rows.Select(r => r.Id).SequenceEqual(Enumerable.Range(0, 70_000).Select(i => (long)i)));
        Assert.False(stream.HasErrors);
    }

    [Fact]
    public void Blocks_DecimalsOfEveryLength_ReadExactlyAsDoubleParse()
    {
        // Coordinates and values go through a fast path for plain decimals; it must give the very same double.
        var random = new Random(28992);
        var expected = new List<(double X, double Y, double Value)>();
        var text = new StringBuilder("x,y,waarde\n");
        for (var i = 0; i < 20_000; i++)
        {
            var x = Format(random, 150_000, 1_000, 17);
            var y = Format(random, 460_000, 1_000, 17);
            var value = Format(random, 0, random.Next(2) == 0 ? 1 : 1e12, 19);
            text.Append(x).Append(',').Append(y).Append(',').Append(value).Append('\n');
            expected.Add(
                (
                    double.Parse(x, CultureInfo.InvariantCulture),
                    double.Parse(y, CultureInfo.InvariantCulture),
                    double.Parse(value, CultureInfo.InvariantCulture)
                )
            );
        }

        var (stream, _) = PointCsvStream.Open(_files.Write("decimalen.csv", text.ToString()));
        var read = new List<(double X, double Y, double Value)>();
        foreach (var block in stream!.Blocks())
        {
            for (var r = 0; r < block.Count; r++)
            {
                var cell = block.Cell(r, 0);
                read.Add((block.X[r], block.Y[r], cell.Kind == CsvCellKind.Integer ? cell.Integer : cell.Real));
            }
        }

        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected[i].X) == BitConverter.DoubleToInt64Bits(read[i].X)
                && BitConverter.DoubleToInt64Bits(expected[i].Y) == BitConverter.DoubleToInt64Bits(read[i].Y)
                && expected[i].Value.Equals(read[i].Value),
                $"rij {i}: verwacht {expected[i]}, gelezen {read[i]}");
        }
    }

    private static string Format(Random random, double centre, double spread, int maxDigits)
    {
        var value = centre + ((random.NextDouble() - 0.5) * spread);
        var decimals = random.Next(0, maxDigits - 6);
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // Sometimes "12.50" as "12.5" or "12." (trailing zeros dropped), which files written by hand hold.
        return random.Next(10) == 0 && text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0') : text;
    }

    [Fact]
    public void Blocks_QuotedDelimiterEscapedQuoteAndShortRow_ReadAsCells()
    {
        var path = _files.Write(
            "quotes.csv",
            "x,y,naam,opmerking,aantal\n155000,463000,\"Bakker, \"\"De Zon\"\"\",  ,007\n155001,463001,kort\n"
        );
        var (stream, _) = PointCsvStream.Open(path);

        var block = Assert.Single(stream!.Blocks());

        Assert.Equal(["naam", "opmerking", "aantal"], block.AttributeNames);
        Assert.Equal("Bakker, \"De Zon\"", block.Text(0, 0));
        Assert.Equal(CsvCellKind.Empty, block.Cell(0, 1).Kind);
        Assert.Equal((CsvCellKind.Text, "007"), (block.Cell(0, 2).Kind, block.Text(0, 2)));
        Assert.Equal((CsvCellKind.Empty, CsvCellKind.Empty), (block.Cell(1, 1).Kind, block.Cell(1, 2).Kind));
    }

    [Fact]
    public void Blocks_UnclosedQuote_StopsWithAnErrorInsteadOfReadingTheWholeFileAsOneRow()
    {
        var text = new StringBuilder("x;y;naam\n155000;463000;\"begint maar sluit nooit\n");
        var line = new string('a', 1000) + "\n";
        for (var i = 0; i < 17_500; i++)
        {
            text.Append(line);
        }

        var path = _files.Write("open.csv", text.ToString());
        var (stream, _) = PointCsvStream.Open(path);

        var rows = stream!.Blocks().Sum(b => b.Count);

        Assert.Equal(0, rows);
        Assert.Contains(stream.Issues, i =>
            i.Kind == IssueKind.UnsupportedFormat && i.Message.Contains("aanhalingsteken", StringComparison.Ordinal)
        );
    }
}
