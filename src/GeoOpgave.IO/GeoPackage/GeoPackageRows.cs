using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// The rows of one query, straight from SQLite's statement API on the connection's handle. A blob is a span over
/// SQLite's own memory, copied once by whoever needs it: Microsoft.Data.Sqlite allocates an array per blob
/// (<c>GetValue</c>) or opens an incremental blob handle per call (<c>GetBytes</c>), which cost more than parsing
/// the 14 000 national buurten (docs/performance.md). Values come as <c>GetValue</c> gives them: long, double,
/// string, byte[] or <see cref="DBNull"/>.
/// </summary>
internal sealed class GeoPackageRows : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public GeoPackageRows(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("De verbinding is niet open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
        Names = [.. Enumerable.Range(0, raw.sqlite3_column_count(_statement))
            .Select(i => raw.sqlite3_column_name(_statement, i).utf8_to_string())];
    }

    public List<string> Names { get; }

    /// <summary>Steps to the next row; false after the last.</summary>
    /// <exception cref="SqliteException">SQLite could not read the row (e.g. a damaged file).</exception>
    public bool Read()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }

        return false;
    }

    /// <summary>The column named so (exactly, else ignoring case, as SQLite does), or -1.</summary>
    public int Ordinal(string name)
    {
        var exact = Names.IndexOf(name);
        return exact >= 0
            ? exact
            : Names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    /// <summary>The value's bytes, valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Blob(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);

    public object Value(int ordinal) =>
        raw.sqlite3_column_type(_statement, ordinal) switch
        {
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, ordinal),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, ordinal),
            raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string(),
            raw.SQLITE_BLOB => raw.sqlite3_column_blob(_statement, ordinal).ToArray(),
            _ => DBNull.Value,
        };

    public void Dispose() => _statement.Dispose();
}
