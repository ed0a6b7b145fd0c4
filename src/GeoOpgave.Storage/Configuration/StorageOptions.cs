namespace GeoOpgave.Storage.Configuration;

/// <summary>
/// Which database the workspace lives in and how to reach it, derived from the connection string
/// <c>ConnectionStrings:GeoOpgave</c> by <see cref="FromConnectionString"/>.
/// </summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">A connection string in the provider's own keyword form.</param>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    /// <summary>The name under <c>ConnectionStrings</c> that the hosts read.</summary>
    public const string ConnectionStringName = "GeoOpgave";

    /// <summary>The full configuration key of the connection string.</summary>
    public const string ConfigurationKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>
    /// The SQLite file used when no connection string is configured: geoopgave/geoopgave.db under the
    /// user's local application data folder. Reading it creates the folder.
    /// </summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var root = Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.Create);
            var folder = Path.Combine(root, "geoopgave");
            Directory.CreateDirectory(folder);
            return Path.Combine(folder, "geoopgave.db");
        }
    }

    /// <summary>
    /// Recognises the provider: Host=/Server=/Username= keywords or a postgres:// URI mean PostgreSQL;
    /// Data Source=/Filename= or a bare path ending in .db, .sqlite or .sqlite3 mean SQLite; empty means
    /// the SQLite file at <see cref="DefaultSqlitePath"/>.
    /// </summary>
    /// <exception cref="StorageConfigurationException">The connection string is malformed or of neither
    /// kind.</exception>
    public static StorageOptions FromConnectionString(string? connectionString) =>
        ConnectionStringClassifier.Classify(connectionString, () => DefaultSqlitePath);

    /// <summary>Names the provider only: the connection string may hold a password and must not reach a log.</summary>
    public override string ToString() => $"StorageOptions {{ Provider = {Provider} }}";
}
