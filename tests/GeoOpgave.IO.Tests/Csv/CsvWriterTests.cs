using System.Text;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;

namespace GeoOpgave.IO.Tests.Csv;

public sealed class CsvWriterTests
{
    private const string Square = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";

    [Fact]
    public async Task WriteAsync_Semicolon_WritesDecimalCommaAndQuotesFieldsWithSemicolons()
    {
        var layer = Layer(new() { ["code"] = "BU1", ["score"] = 12.5, ["aantal"] = 3L, ["kansen"] = "a;b" });

        var text = await WriteAsync(layer, CsvWriterOptions.Semicolon);

        Assert.Equal("code;score;aantal;kansen\r\nBU1;12,5;3;\"a;b\"\r\n", text);
    }

    [Fact]
    public async Task WriteAsync_Comma_WritesDecimalPointAndQuotesFieldsWithCommas()
    {
        var layer = Layer(new() { ["naam"] = "Oost, Noord", ["score"] = -0.25 });

        var text = await WriteAsync(layer, CsvWriterOptions.Comma);

        Assert.Equal("naam,score\r\n\"Oost, Noord\",-0.25\r\n", text);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tverborgen", "'\tverborgen")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("Binnenstad", "Binnenstad")]
    public void Field_TextThatLooksLikeAFormula_GetsAnApostrophe(string value, string expected)
    {
        var field = CsvWriter.Field(value, CsvWriterOptions.Semicolon);

        Assert.Equal(expected, field);
    }

    [Fact]
    public void Field_NegativeNumber_IsNotEscaped()
    {
        var field = CsvWriter.Field(-3.5, CsvWriterOptions.Semicolon);

        Assert.Equal("-3,5", field);
    }

    [Fact]
    public async Task WriteAsync_NullMissingAndNaN_AreEmptyCells()
    {
        var layer = new VectorLayer("t", Srid.RdNew,
        [
            WriterTestLayers.Feature(Square, new() { ["a"] = 1L, ["b"] = null }),
            WriterTestLayers.Feature(Square, new() { ["a"] = double.NaN, ["c"] = "x" }),
        ]);

        var text = await WriteAsync(layer, CsvWriterOptions.Semicolon);

        Assert.Equal("a;b;c\r\n1;;\r\n;;x\r\n", text);
    }

    [Fact]
    public async Task WriteAsync_QuoteInText_IsDoubled()
    {
        var layer = Layer(new() { ["naam"] = "de \"Kern\"" });

        var text = await WriteAsync(layer, CsvWriterOptions.Semicolon);

        Assert.Equal("naam\r\n\"de \"\"Kern\"\"\"\r\n", text);
    }

    [Fact]
    public async Task WriteAsync_DefaultOptions_StartsWithUtf8ByteOrderMark()
    {
        using var stream = new MemoryStream();

        await CsvWriter.WriteAsync(stream, Layer(new() { ["naam"] = "Ĳsselmonde" }));

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("naam\r\nĲsselmonde\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task WriteAsync_TabSeparator_Throws()
    {
        var options = new CsvWriterOptions { Separator = '\t' };

        await Assert.ThrowsAsync<ArgumentException>(() =>
            CsvWriter.WriteAsync(Stream.Null, Layer(new() { ["a"] = 1L }), options)
        );
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public async Task WriteFileAsync_EitherSeparator_OgrinfoReadsEveryColumnWithoutWarnings(char separator)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-csv-{Guid.NewGuid():N}.csv");
        var layer = new VectorLayer(
            "t",
            Srid.RdNew,
            [
                WriterTestLayers.Feature(
                    Square,
                    new()
                    {
                        ["code"] = "BU1",
                        ["naam"] = "=gevaar",
                        ["score"] = 1.5,
                    }
                ),
                WriterTestLayers.Feature(
                    Square,
                    new()
                    {
                        ["code"] = "BU2",
                        ["naam"] = "Oost; Noord, Zuid",
                        ["score"] = null,
                    }
                ),
            ]
        );
        try
        {
            await CsvWriter.WriteFileAsync(path, layer, new CsvWriterOptions { Separator = separator });

            var output = WriterGdalTool.Run("ogrinfo", "-al", "-q", path);
            WriterGdalTool.AssertClean(output);
            Assert.Contains("naam (String) = '=gevaar", output, StringComparison.Ordinal);
            Assert.Contains("naam (String) = Oost; Noord, Zuid", output, StringComparison.Ordinal);
            Assert.Contains("code (String) = BU2", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static VectorLayer Layer(Dictionary<string, object?> attributes) =>
        new("t", Srid.RdNew, [WriterTestLayers.Feature(Square, attributes)]);

    private static async Task<string> WriteAsync(VectorLayer layer, CsvWriterOptions options)
    {
        using var stream = new MemoryStream();
        await CsvWriter.WriteAsync(stream, layer, options with { ByteOrderMark = false });
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
