using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Cbs;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Finds the rows where a third party wrote CBS's secret or missing figures as 0. CBS itself writes -99997 or '.',
/// but tables merged by others (a Leefbaarometer join, a data portal) often turn those into 0, so that a hamlet of
/// 17 dwellings reads as "WOZ-waarde 0" and "0 % bewoond". Such a row shows itself by zeros in several columns that
/// are hardly ever zero elsewhere in the table: at least <see cref="MinimumSurprisingZeros"/> of them, each in a
/// column where fewer than a fifth of the rows with a value have 0. In such a row every zero of a share, mean or
/// score is read as missing; a count keeps its 0 (a buurt may really have no inhabitants). A column that is 0 in every
/// row with a value is the same mistake made for the whole table (a join that failed, so that every distance reads
/// 0 km): its zeros are read as missing too, again except for a count, which is only named. A table of fewer than
/// <see cref="MinimumRows"/> rows is left as it is: too few rows to tell a rare zero from a common one.
/// </summary>
public static class SecretZeros
{
    /// <summary>The rows a table needs before its zeros are judged.</summary>
    public const int MinimumRows = 20;

    /// <summary>How many rare zeros make a row one whose zeros stand for secret figures.</summary>
    public const int MinimumSurprisingZeros = 4;

    private const double RareZeroShare = 0.2;

    /// <summary>The table with the secret zeros read as missing, the rows that had them and the columns that were 0
    /// throughout.</summary>
    public static SecretZeroResult Clear(CodeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.NumericColumns.ToArray();
        if (table.Rows.Count < MinimumRows)
        {
            return new SecretZeroResult(table, []);
        }

        var counts = columns.Where(IsCount).Select(c => c.ValueIndex).ToHashSet();
        var zeroColumns = columns.Where(c => AllZero(table, c)).ToArray();
        var clearedColumns = zeroColumns.Where(c => !counts.Contains(c.ValueIndex)).ToArray();
        var rare = columns.Length < MinimumSurprisingZeros ? [] : columns.Where(c => ZerosAreRare(table, c)).ToArray();
        var cleared = new List<SecretZeroRow>();
        var missing = new Dictionary<int, int>();
        var rows = table.Rows.Select(row =>
        {
            var secret = rare.Length > 0 && rare.Count(c => row.Values[c.ValueIndex] == 0) >= MinimumSurprisingZeros;
            var clear = secret
                ? columns.Where(c => row.Values[c.ValueIndex] == 0 && !counts.Contains(c.ValueIndex)).ToArray()
                : clearedColumns.Where(c => row.Values[c.ValueIndex] == 0).ToArray();
            if (clear.Length == 0)
            {
                return row;
            }

            var values = row.Values.ToArray();
            foreach (var column in clear)
            {
                values[column.ValueIndex] = null;
                missing[column.ValueIndex] = missing.GetValueOrDefault(column.ValueIndex) + 1;
            }

            if (secret)
            {
                // The columns that were 0 throughout are named once for the table, not again for each row.
                var names = clear.Except(clearedColumns).Select(c => c.Name);
                cleared.Add(new SecretZeroRow(row.Code, row.Line, [.. names]));
            }

            return row with { Values = values };
        }).ToArray();
        if (missing.Count == 0)
        {
            return new SecretZeroResult(table, []) { ZeroColumns = [.. zeroColumns.Select(c => c.Name)] };
        }

        var withMissing = table
            .Columns.Select(c =>
                c.IsNumeric && missing.TryGetValue(c.ValueIndex, out var n)
                    ? c with
                    {
                        MissingValues = c.MissingValues + n,
                    }
                    : c
            )
            .ToArray();
        return new SecretZeroResult(table with { Columns = withMissing, Rows = rows }, cleared)
        {
            ZeroColumns = [.. zeroColumns.Select(c => c.Name)],
            ClearedColumns = [.. clearedColumns.Select(c => c.Name)],
        };
    }

    // Every one of at least MinimumRows known values is 0: no real column of figures per buurt looks like that.
    private static bool AllZero(CodeTable table, CodeTableColumn column)
    {
        var known = 0;
        foreach (var row in table.Rows)
        {
            if (row.Values[column.ValueIndex] is not { } v)
            {
                continue;
            }

            if (v != 0)
            {
                return false;
            }

            known++;
        }

        return known >= MinimumRows;
    }

    // Only columns that never go below 0 can hold a secret written as 0; a score around 0 (SES) cannot be judged.
    private static bool ZerosAreRare(CodeTable table, CodeTableColumn column)
    {
        int known = 0, zeros = 0;
        foreach (var row in table.Rows)
        {
            if (row.Values[column.ValueIndex] is not { } v)
            {
                continue;
            }

            if (v < 0)
            {
                return false;
            }

            known++;
            zeros += v == 0 ? 1 : 0;
        }

        return known >= MinimumRows && zeros < known * RareZeroShare;
    }

    private static bool IsCount(CodeTableColumn column) =>
        IndicatorMeasure.IsCount(
            IndicatorColumnNames.Recognise(column.Name) ?? IndicatorColumnNames.SnakeCase(column.Name)
        );
}
