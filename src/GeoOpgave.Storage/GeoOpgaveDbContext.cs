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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AreaEntityConfiguration());
        modelBuilder.ApplyConfiguration(new IndicatorValueEntityConfiguration());
    }
}
