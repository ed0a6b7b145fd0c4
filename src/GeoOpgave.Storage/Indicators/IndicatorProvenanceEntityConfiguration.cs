using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_provenance table, the same on every provider.</summary>
public sealed class IndicatorProvenanceEntityConfiguration : IEntityTypeConfiguration<IndicatorProvenanceEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorProvenanceEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("indicator_provenance");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.IndicatorId).HasColumnName("indicator_id").HasMaxLength(128);
        builder.Property(p => p.Year).HasColumnName("year");
        builder.Property(p => p.LayerName).HasColumnName("layer_name").HasMaxLength(200);
        builder.Property(p => p.Method).HasColumnName("method").HasMaxLength(1000);
        builder.Property(p => p.Engine).HasColumnName("engine").HasMaxLength(16);
        builder.Property(p => p.ComputedAt).HasColumnName("computed_at");
        builder.HasIndex(p => new { p.IndicatorId, p.Year }).IsUnique();
    }
}
