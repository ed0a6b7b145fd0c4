using GeoOpgave.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage;

/// <summary>
/// The GeoOpgave model, shared by every provider. Each provider derives its own context (with its own
/// migrations) and only adds how it stores geometry.
/// </summary>
public abstract class GeoOpgaveDbContext : DbContext
{
    protected GeoOpgaveDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<AreaEntity> Areas => Set<AreaEntity>();

    public DbSet<IndicatorValueEntity> IndicatorValues => Set<IndicatorValueEntity>();

    public DbSet<LayerEntity> Layers => Set<LayerEntity>();

    public DbSet<LayerFeatureEntity> LayerFeatures => Set<LayerFeatureEntity>();

    public DbSet<LayerRasterEntity> LayerRasters => Set<LayerRasterEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AreaEntityConfiguration());
        modelBuilder.ApplyConfiguration(new IndicatorValueEntityConfiguration());
        modelBuilder.ApplyConfiguration(new LayerEntityConfiguration());
        modelBuilder.ApplyConfiguration<LayerFeatureEntity>(new LayerFeatureEntityConfiguration());
        modelBuilder.ApplyConfiguration<LayerRasterEntity>(new LayerFeatureEntityConfiguration());
    }
}
