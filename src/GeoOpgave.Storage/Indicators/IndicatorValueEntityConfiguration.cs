using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_values table, the same on every provider.</summary>
public sealed class IndicatorValueEntityConfiguration : IEntityTypeConfiguration<IndicatorValueEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorValueEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("indicator_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.AreaCode).HasMaxLength(16);
        builder.Property(v => v.IndicatorId).HasMaxLength(128);
        builder.Property(v => v.Source).HasMaxLength(200);
        builder.HasIndex(v => new { v.AreaCode, v.IndicatorId, v.Year }).IsUnique();
        builder.HasIndex(v => v.Year);
        builder.HasIndex(v => v.Source);
    }
}
