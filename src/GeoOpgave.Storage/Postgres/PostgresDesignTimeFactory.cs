using Microsoft.EntityFrameworkCore.Design;

namespace GeoOpgave.Storage.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add --context PostgresGeoOpgaveDbContext` build the model; adding a
/// migration never connects, so the connection string only has to be well-formed.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGeoOpgaveDbContext>
{
    public PostgresGeoOpgaveDbContext CreateDbContext(string[] args) =>
        new(PostgresGeoOpgaveDbContext.BuildOptions("Host=localhost;Database=geoopgave_design"));
}
