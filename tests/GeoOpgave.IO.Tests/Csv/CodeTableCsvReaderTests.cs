using System.Text;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.Csv;

public sealed class CodeTableCsvReaderTests : IDisposable
{
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_StatLineDutchFile_NormalisesCodesAndReadsCommaDecimals()
    {
        var path = _files.PathOf("statline.csv");
        File.WriteAllText(
            path,
            "\"Wijken en buurten\";\"Perioden\";\"Inwoners\";\"Aandeel\"\n\" bu03630000 \";\"2023JJ00\";\"1200\";\"12,5\"\n\"BU03630001\";\"2023JJ00\";\".\";\"-99997\"\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = CodeTableCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var table = result.Value;
        Assert.Equal("Wijken en buurten", table.CodeColumn);
        Assert.Equal(
            [("Inwoners", CodeTableColumnType.Integer, 1), ("Aandeel", CodeTableColumnType.Real, 1)],
            table.Columns.Select(c => (c.Name, c.Type, c.MissingValues)));
        Assert.Equal("Perioden", table.PeriodColumn);
        Assert.Equal([1200.0, 12.5], table.RowsByCode["BU03630000"].Values);
        Assert.Equal(2023, table.RowsByCode["BU03630000"].Year);
        Assert.Equal([null, null], table.RowsByCode["BU03630001"].Values);
        Assert.Equal(3, table.RowsByCode["BU03630001"].Line);
    }

    [Fact]
    public void Read_SeveralPeriods_KeepsOneRowPerCodeAndYear()
    {
        var path = _files.Write(
            "reeks.csv",
            "Perioden;Codering;Laag inkomen (%)\n2016JJ00;BU03080000;7,8\n2017JJ00;BU03080000;8,4\n2017;BU03080000;9\nonbekend;BU03080000;1\n"
        );

        var result = CodeTableCsvReader.Read(path);

        var table = result.Value!;
        Assert.Equal([(2016, 7.8), (2017, 8.4)], table.Rows.Select(r => (r.Year!.Value, r.Values[0]!.Value)));
        Assert.Contains(result.Issues, i =>
            i.Kind == IssueKind.DuplicateCode && i.Row == 4 && i.Message.Contains("in 2017", StringComparison.Ordinal)
        );
        Assert.Contains(result.Issues, i => i.Kind == IssueKind.NotANumber && i.Row == 5 && i.Field == "Perioden");
    }

    [Fact]
    public void Read_NumericPeriodColumn_IsAKeyAndLeavesTheValueIndexesOfLaterColumns()
    {
        // A period written as a plain number ("2022", StatLine's "2019") parses as a numeric column; it must not take
        // a place in the row's values, or every later column points one past its value.
        var path = _files.Write("jaar.csv", "buurtcode,jaar,woz,aantal\nBU03080000,2022,300,5\nBU03080001,2021,400,6\n");

        var result = CodeTableCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var table = result.Value;
        Assert.Equal("jaar", table.PeriodColumn);
        Assert.Equal([("woz", 0), ("aantal", 1)], table.Columns.Select(c => (c.Name, c.ValueIndex)));
        Assert.Equal([300.0, 5.0], table.RowsByCode["BU03080000"].Values);
        Assert.Equal(2021, table.RowsByCode["BU03080001"].Year);
        Assert.Equal([400.0, 6.0], table.RowsByCode["BU03080001"].Values);
    }

    [Fact]
    public void Read_UnclosedQuote_StopsAtTheBoundAndNamesFileAndLine()
    {
        var path = _files.PathOf("open-aanhalingsteken.csv");
        using (var writer = new StreamWriter(path, append: false, Encoding.UTF8))
        {
            writer.Write("code;inwoners\nBU03630000;12\nBU03630001;\"nooit gesloten\n");
            var line = new string('x', 1000);
            for (var i = 0; i < 20_000; i++)
            {
                writer.WriteLine(line);
            }
        }

        var result = CodeTableCsvReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(3, issue.Row);
        Assert.Contains("open-aanhalingsteken.csv, regel 3", issue.Message, StringComparison.Ordinal);
        Assert.Contains("aanhalingsteken", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OldMacLineEnds_ReadsEveryRow()
    {
        var path = _files.PathOf("mac.csv");
        File.WriteAllText(path, "code;inwoners\rBU03630000;12\rBU03630001;13\r");

        var result = CodeTableCsvReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(2, result.Value.Rows.Count);
    }

    [Fact]
    public void Read_QuotedLineBreaks_CountTowardsTheLinesOfLaterRows()
    {
        var path = _files.Write(
            "toelichting.csv",
            "code;toelichting\nBU03630000;\"een\rtwee\r\ndrie\nvier\"\nBU03630001;x\nBU03630002;y\n"
        );

        var result = CodeTableCsvReader.ReadText(path);

        Assert.Equal("een\rtwee\r\ndrie\nvier", result.Value!.Rows[0].Cells[1]);
        Assert.Equal([2, 6, 7], result.Value.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_InvalidAndDuplicateCodes_WarnWithLineAndField()
    {
        var path = _files.Write("codes.csv", "code,waarde\nGM0363,1\nonzin,2\ngm0363,3\nWK036300,4\n");

        var result = CodeTableCsvReader.Read(path);

        Assert.True(result.IsSuccess);
        Assert.Equal(["GM0363", "WK036300"], result.Value.Rows.Select(r => r.Code));
        Assert.Equal(4, result.Value.RowsRead);
        Assert.Equal(1.0, result.Value.RowsByCode["GM0363"].Values[0]);
        Assert.Equal(
            [(IssueKind.InvalidCode, 3, "code"), (IssueKind.DuplicateCode, 4, "code")],
            result.Issues.Select(i => (i.Kind, i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void Read_CbsSentinelsAsIntAndFloat_BecomeMissingNotZero()
    {
        var path = _files.Write("sentinels.csv", "code;a;b\nBU00010000;-99999999;-99995,0\nBU00010001;0;5\n");

        var result = CodeTableCsvReader.Read(path);

        Assert.Equal([null, null], result.Value!.RowsByCode["BU00010000"].Values);
        Assert.Equal([0.0, 5.0], result.Value.RowsByCode["BU00010001"].Values);
        Assert.All(result.Value.Columns, c => Assert.Equal(1, c.MissingValues));
    }

    [Fact]
    public void Read_NamedCodeColumnMissing_ReportsMissingField()
    {
        var path = _files.Write("naam.csv", "code;waarde\nGM0363;1\n");

        var result = CodeTableCsvReader.Read(path, new CodeTableCsvOptions { CodeColumn = "buurtcode" });

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.MissingField, "buurtcode"), (issue.Kind, issue.Field));
    }

    [Fact]
    public void Read_NoCodeColumn_ReportsMissingField()
    {
        var path = _files.Write("punten.csv", "x;y\n155000;463000\n");

        var result = CodeTableCsvReader.Read(path);

        Assert.Equal(IssueKind.MissingField, Assert.Single(result.Issues).Kind);
        Assert.False(CodeTableCsvReader.LooksLikeCodeTable(path));
    }

    [Fact]
    public void LooksLikeCodeTable_CodeColumnAfterHeader_IsTrue()
    {
        var path = _files.Write("tabel.csv", "naam;code\nA;WK036300\nB;WK036301\n");

        Assert.True(CodeTableCsvReader.LooksLikeCodeTable(path));
    }

    [Fact]
    public void Read_EmptyFile_ReportsUnsupportedFormat()
    {
        var path = _files.Write("leeg.csv", "\n");

        var result = CodeTableCsvReader.Read(path);

        Assert.Equal(IssueKind.UnsupportedFormat, Assert.Single(result.Issues).Kind);
    }
}
