using GeoOpgave.Storage.Areas;
using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Profiles;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Context;

/// <summary>
/// The GeoOpgave model, shared by every provider. Each provider derives its own context (with its own
/// migrations) and only adds how it stores geometry. User accounts and roles are ASP.NET Core Identity's
/// tables in the same store, so one connection string serves data and accounts alike.
/// </summary>
public abstract class GeoOpgaveDbContext : IdentityDbContext<IdentityUser, IdentityRole, string>
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

    public DbSet<AuditEntryEntity> AuditLog => Set<AuditEntryEntity>();

    public DbSet<SelectieEntity> Selecties => Set<SelectieEntity>();

    public DbSet<WorkspaceStateEntity> WorkspaceState => Set<WorkspaceStateEntity>();

    public DbSet<ProfileVersionEntity> ProfileVersions => Set<ProfileVersionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new AreaEntityConfiguration());
        modelBuilder.ApplyConfiguration(new IndicatorValueEntityConfiguration());
        modelBuilder.ApplyConfiguration(new LayerEntityConfiguration());
        modelBuilder.ApplyConfiguration<LayerFeatureEntity>(new LayerFeatureEntityConfiguration());
        modelBuilder.ApplyConfiguration<LayerRasterEntity>(new LayerFeatureEntityConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryEntityConfiguration());
        modelBuilder.ApplyConfiguration(new SelectieEntityConfiguration());
        modelBuilder.ApplyConfiguration(new WorkspaceStateEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ProfileVersionEntityConfiguration());
        modelBuilder.ApplyConfiguration(new Indicators.IndicatorProvenanceEntityConfiguration());
        modelBuilder.ApplyConfiguration(new Indicators.IndicatorBindingEntityConfiguration());
    }
}
