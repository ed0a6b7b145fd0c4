using GeoOpgave.Core.Crs;
using GeoOpgave.Storage.Areas;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Layers;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Postgres;

/// <summary>The workspace in PostgreSQL + PostGIS; geometry as geometry(Geometry, 28992) with a GiST index.</summary>
public sealed class PostgresGeoOpgaveDbContext : GeoOpgaveDbContext
{
    public PostgresGeoOpgaveDbContext(DbContextOptions<PostgresGeoOpgaveDbContext> options)
        : base(options)
    {
    }

    /// <summary>The options every PostgreSQL context is built with, here and at design time.</summary>
    public static DbContextOptions<PostgresGeoOpgaveDbContext> BuildOptions(string connectionString) =>
        new DbContextOptionsBuilder<PostgresGeoOpgaveDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNetTopologySuite())
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("postgis");
        var areas = modelBuilder.Entity<AreaEntity>();
        areas.Property(a => a.Geometry).HasColumnType($"geometry(Geometry,{Srid.RdNew})");
        areas.HasIndex(a => a.Geometry).HasMethod("gist");
        var features = modelBuilder.Entity<LayerFeatureEntity>();
        features.Property(f => f.Geometry).HasColumnType($"geometry(Geometry,{Srid.RdNew})");
        features.Property(f => f.Attributes).HasColumnType("jsonb");
        features.HasIndex(f => f.Geometry).HasMethod("gist");
    }
}
