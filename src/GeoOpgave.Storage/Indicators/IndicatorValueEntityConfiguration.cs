using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_values table, the same on every provider.</summary>
public sealed class IndicatorValueEntityConfiguration : IEntityTypeConfiguration<IndicatorValueEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorValueEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("indicator_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id");
        builder.Property(v => v.AreaCode).HasColumnName("area_code").HasMaxLength(16);
        builder.Property(v => v.IndicatorId).HasColumnName("indicator_id").HasMaxLength(128);
        builder.Property(v => v.Year).HasColumnName("year");
        builder.Property(v => v.Value).HasColumnName("value");
        builder.Property(v => v.Source).HasColumnName("source").HasMaxLength(200);
        builder.HasIndex(v => new { v.AreaCode, v.IndicatorId, v.Year }).IsUnique();
        builder.HasIndex(v => v.Year);
        builder.HasIndex(v => v.Source);
    }
}
