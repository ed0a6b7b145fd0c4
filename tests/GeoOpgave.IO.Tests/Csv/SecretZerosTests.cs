using GeoOpgave.IO.Csv;

namespace GeoOpgave.IO.Tests.Csv;

public sealed class SecretZerosTests
{
    private static readonly string[] Names =
    [
        "aantal_inwoners",
        "gemiddelde_woningwaarde",
        "bewoond_percentage",
        "koopwoning_percentage",
        "aantal_huishoudens_met_kinderen_percentage",
        "meergezinswoning_percentage",
    ];

    [Fact]
    public void Clear_RowWithZerosWhereTheTableHardlyHasAny_ReadsItsSharesAsMissingAndKeepsItsCounts()
    {
        // Row 0 is a hamlet whose secret figures a third party wrote as 0; row 1 is an institution with two real zeros.
        var rows = Enumerable.Range(0, 24).Select(i => Row(i, [500 + i, 300 + i, 95, 60, 15, 20])).ToList();
        rows[0] = Row(0, [70, 0, 0, 0, 0, 0]);
        rows[1] = Row(1, [700, 127, 43, 0, 0, 92]);

        var result = SecretZeros.Clear(Table(rows));

        var cleared = Assert.Single(result.Rows);
        Assert.Equal(("BU00000000", 2), (cleared.Code, cleared.Line));
        Assert.Equal(Names[1..], cleared.Columns);
        Assert.Equal([70, null, null, null, null, null], result.Table.Rows[0].Values);
        Assert.Equal([700, 127, 43, 0, 0, 92], result.Table.Rows[1].Values);
        Assert.Equal(1, result.Table.Columns.Single(c => c.Name == "gemiddelde_woningwaarde").MissingValues);
        Assert.Equal(0, result.Table.Columns.Single(c => c.Name == "aantal_inwoners").MissingValues);
    }

    [Fact]
    public void Clear_ColumnWhereZeroIsCommon_IsNoEvidence()
    {
        // Half the buurten have no multi-family housing: a 0 there says nothing about secrecy. (Not 0 in every row:
        // a column of zeros only is a failed join, see below.)
        var rows = Enumerable
            .Range(0, 24)
            .Select(i => Row(i, [500 + i, 300 + i, 95, i < 12 ? 0 : 5, i < 12 ? 0 : 7, i % 2 == 0 ? 0 : 20]))
            .ToList();
        rows[0] = Row(0, [70, 0, 0, 0, 0, 0]);

        var result = SecretZeros.Clear(Table(rows));

        Assert.Empty(result.Rows);
        Assert.Same(rows[0].Values, result.Table.Rows[0].Values);
    }

    [Fact]
    public void Clear_ColumnThatIsZeroInEveryRow_ReadsItAsMissingButKeepsACountsZero()
    {
        // A join that failed: 0 km to the station and 0 inhabitants everywhere. The distance is unknown; the count
        // keeps its 0 (a buurt may have none) and is only named.
        var rows = Enumerable.Range(0, 24).Select(i => Row(i, [0, 300 + i, 95, 60, 15, 0])).ToList();
        rows[3] = Row(3, [0, 310, 95, 60, 15, null]);

        var result = SecretZeros.Clear(Table(rows));

        Assert.Empty(result.Rows);
        Assert.Equal(["aantal_inwoners", "meergezinswoning_percentage"], result.ZeroColumns);
        Assert.Equal(["meergezinswoning_percentage"], result.ClearedColumns);
        Assert.All(result.Table.Rows, r => Assert.Null(r.Values[5]));
        Assert.All(result.Table.Rows, r => Assert.Equal(0, r.Values[0]));
        Assert.Equal(23, result.Table.Columns.Single(c => c.Name == "meergezinswoning_percentage").MissingValues);
    }

    [Fact]
    public void Clear_SmallTable_IsLeftAsItIs()
    {
        var rows = Enumerable
            .Range(0, SecretZeros.MinimumRows - 1)
            .Select(i => Row(i, [500 + i, 300 + i, 95, 60, 15, 20]))
            .ToList();
        rows[0] = Row(0, [70, 0, 0, 0, 0, 0]);

        Assert.Empty(SecretZeros.Clear(Table(rows)).Rows);
    }

    private static CodeTableRow Row(int i, double?[] values) => new($"BU{i:D8}", i + 2, values);

    private static CodeTable Table(List<CodeTableRow> rows) => new(
        "t",
        "buurt_code",
        [.. Names.Select((n, i) => new CodeTableColumn(n, CodeTableColumnType.Real, 0, i))],
        rows,
        rows.Count);
}
