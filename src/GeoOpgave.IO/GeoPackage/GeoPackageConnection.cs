using Microsoft.Data.Sqlite;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>Opens a GeoPackage file, unpooled: a pooled connection keeps the file open after use, and callers may
/// want to move or delete it.</summary>
internal static class GeoPackageConnection
{
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
