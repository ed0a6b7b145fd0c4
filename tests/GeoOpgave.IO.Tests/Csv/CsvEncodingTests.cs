using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Csv;

/// <summary>CSV text encodings: UTF-8 by default, windows-1252 detected when the bytes are not UTF-8, or as
/// given.</summary>
public sealed class CsvEncodingTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_Windows1252PointCsv_DetectsItDecodesNamesAndReportsIt()
    {
        var path = WriteAnsi(
            "cafes.csv",
            "naam;x;y;straat\nCafé Olé;155000;463000;Hoofdstraat\nBrasserie Ç;155100;463100;Ëssenlaan\n"
        );

        var (stream, issues) = PointCsvStream.Open(path);
        var rows = stream!.Rows().ToList();

        Assert.Equal(CsvEncoding.Windows1252, stream.Encoding.CodePage);
        Assert.Equal(["Café Olé", "Brasserie Ç"], rows.Select(r => (string)r.Attributes["naam"]));
        Assert.Equal("Ëssenlaan", rows[1].Attributes["straat"]);
        var issue = Assert.Single(issues);
        Assert.Equal((IssueSeverity.Info, IssueKind.TextEncoding), (issue.Severity, issue.Kind));
    }

    [Fact]
    public void Open_Utf8PointCsvWithBom_StaysUtf8WithoutIssue()
    {
        var path = _files.PathOf("utf8.csv");
        File.WriteAllText(path, "naam,x,y\nCafé Olé,155000,463000\n", new UTF8Encoding(true));

        var (stream, issues) = PointCsvStream.Open(path);
        var row = Assert.Single(stream!.Rows());

        Assert.Equal(65001, stream.Encoding.CodePage);
        Assert.Equal("Café Olé", row.Attributes["naam"]);
        Assert.Empty(issues);
    }

    [Fact]
    public void Open_EncodingGiven_OverridesDetectionWithoutIssue()
    {
        var path = WriteAnsi("latin.csv", "naam;x;y\nCafé;155000;463000\n");

        var (stream, issues) = PointCsvStream.Open(path, new PointCsvOptions { Encoding = Encoding.UTF8 });
        var row = Assert.Single(stream!.Rows());

        Assert.Empty(issues);
        Assert.Equal("Caf\uFFFD", row.Attributes["naam"]);
    }

    [Fact]
    public void Read_Windows1252CodeTable_DecodesColumnNamesAndReportsIt()
    {
        var path = WriteAnsi(
            "kerncijfers.csv",
            "buurtcode;Aantal cafés;Oppervlakte (m²)\nBU03630000;3;1200\nBU03630001;5;900\n"
        );

        var read = CodeTableCsvReader.Read(path);

        Assert.NotNull(read.Value);
        Assert.Equal(["Aantal cafés", "Oppervlakte (m²)"], read.Value.Columns.Select(c => c.Name));
        Assert.Contains(read.Issues, i => i.Kind == IssueKind.TextEncoding && i.Severity == IssueSeverity.Info);
    }

    [Fact]
    public void IsUtf8_MultiByteCharacterCutAtBlockEnd_CountsAsUtf8OnlyWhenIncomplete()
    {
        var bytes = Encoding.UTF8.GetBytes("abcé")[..4];

        Assert.True(CsvEncoding.IsUtf8(bytes, complete: false));
        Assert.False(CsvEncoding.IsUtf8(bytes, complete: true));
    }

    [Theory]
    [InlineData("windows-1252", 1252)]
    [InlineData("1252", 1252)]
    [InlineData("UTF-8", 65001)]
    [InlineData("latin1", 28591)]
    public void FromName_KnownNames_ReturnTheEncoding(string name, int codePage) =>
        Assert.Equal(codePage, CsvEncoding.FromName(name)!.CodePage);

    [Fact]
    public void FromName_UnknownName_ReturnsNull() => Assert.Null(CsvEncoding.FromName("klingon-8"));

    private string WriteAnsi(string name, string text)
    {
        var path = _files.PathOf(name);
        File.WriteAllBytes(path, CsvEncoding.Ansi.GetBytes(text));
        return path;
    }
}
