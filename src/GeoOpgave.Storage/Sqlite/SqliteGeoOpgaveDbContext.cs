using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Sqlite;

/// <summary>The workspace in a single SQLite file; geometry as WKB blobs, no SpatiaLite needed.</summary>
public sealed class SqliteGeoOpgaveDbContext : GeoOpgaveDbContext
{
    public SqliteGeoOpgaveDbContext(DbContextOptions<SqliteGeoOpgaveDbContext> options)
        : base(options)
    {
    }

    /// <summary>The options every SQLite context is built with, here and at design time.</summary>
    public static DbContextOptions<SqliteGeoOpgaveDbContext> BuildOptions(string connectionString) =>
        new DbContextOptionsBuilder<SqliteGeoOpgaveDbContext>()
            .UseSqlite(connectionString)
            .Options;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Geometry>()
            .HaveConversion<WkbGeometryConverter, GeometryValueComparer>();
    }
}
