using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_bindings table, the same on every provider.</summary>
public sealed class IndicatorBindingEntityConfiguration : IEntityTypeConfiguration<IndicatorBindingEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorBindingEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("indicator_bindings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.IndicatorId).HasMaxLength(128);
        builder.Property(b => b.LayerName).HasMaxLength(200);
        builder.Property(b => b.Expression).HasMaxLength(1000);
        builder.Property(b => b.MaskLayer).HasMaxLength(200);
        builder.HasIndex(b => new { b.IndicatorId, b.LayerName }).IsUnique();
    }
}
