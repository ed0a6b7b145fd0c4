using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Indicators;

/// <summary>The indicator_bindings table, the same on every provider.</summary>
public sealed class IndicatorBindingEntityConfiguration : IEntityTypeConfiguration<IndicatorBindingEntity>
{
    public void Configure(EntityTypeBuilder<IndicatorBindingEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("indicator_bindings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id");
        builder.Property(b => b.IndicatorId).HasColumnName("indicator_id").HasMaxLength(128);
        builder.Property(b => b.LayerName).HasColumnName("layer_name").HasMaxLength(200);
        builder.Property(b => b.Expression).HasColumnName("expression").HasMaxLength(1000);
        builder.Property(b => b.MaskLayer).HasColumnName("mask_layer").HasMaxLength(200);
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(b => new { b.IndicatorId, b.LayerName }).IsUnique();
    }
}
