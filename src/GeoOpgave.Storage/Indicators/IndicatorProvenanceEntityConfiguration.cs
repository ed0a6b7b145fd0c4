using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_provenance table, the same on every provider.</summary>
public sealed class IndicatorProvenanceEntityConfiguration : IEntityTypeConfiguration<IndicatorProvenanceEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorProvenanceEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("indicator_provenance");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.IndicatorId).HasMaxLength(128);
        builder.Property(p => p.LayerName).HasMaxLength(200);
        builder.Property(p => p.Method).HasMaxLength(1000);
        builder.Property(p => p.Engine).HasMaxLength(16);
        builder.HasIndex(p => new { p.IndicatorId, p.Year }).IsUnique();
    }
}
