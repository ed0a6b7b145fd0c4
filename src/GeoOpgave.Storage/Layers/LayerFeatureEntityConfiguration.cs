using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Layers;

/// <summary>The layer_features and layer_rasters tables; each provider's context sets the geometry and JSON column
/// types.</summary>
public sealed class LayerFeatureEntityConfiguration
    : IEntityTypeConfiguration<LayerFeatureEntity>,
        IEntityTypeConfiguration<LayerRasterEntity>
{
    public void Configure(EntityTypeBuilder<LayerFeatureEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("layer_features");
        builder.HasKey(f => new { f.LayerId, f.FeatureIndex });
        builder.Property(f => f.LayerId).HasColumnName("layer_id");
        builder.Property(f => f.FeatureIndex).HasColumnName("feature_index");
        builder.Property(f => f.Geometry).HasColumnName("geometry");
        builder.Property(f => f.Attributes).HasColumnName("attributes");
    }

    public void Configure(EntityTypeBuilder<LayerRasterEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("layer_rasters");
        builder.HasKey(r => r.LayerId);
        builder.Property(r => r.LayerId).HasColumnName("layer_id").ValueGeneratedNever();
        builder.Property(r => r.Data).HasColumnName("data");
    }
}
