using GeoOpgave.Application.Audit;

namespace GeoOpgave.Application.Tests.Audit;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("laag-a", "laag-a")]
    public async Task WriteAsync_TextAFormulaCouldStartWith_IsEscaped(string target, string expected)
    {
        using var writer = new StringWriter();
        var entry = new AuditEntry(
            1,
            new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero),
            "anne",
            "laag-geimporteerd",
            target,
            "{}"
        );

        await AuditCsv.WriteAsync(writer, [entry], CancellationToken.None);

        var row = writer.ToString().Split(Environment.NewLine)[1];
        Assert.Equal($"1;2026-12-06T08:00:00Z;anne;laag-geimporteerd;{expected};{{}}", row);
    }
}
