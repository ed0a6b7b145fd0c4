using Microsoft.EntityFrameworkCore.Design;

namespace GeoOpgave.Storage.Sqlite;

/// <summary>Lets `dotnet ef migrations add --context SqliteGeoOpgaveDbContext` build the model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGeoOpgaveDbContext>
{
    public SqliteGeoOpgaveDbContext CreateDbContext(string[] args) =>
        new(SqliteGeoOpgaveDbContext.BuildOptions("Data Source=geoopgave-design.db"));
}
