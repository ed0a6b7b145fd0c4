using GeoOpgave.Storage.Context;
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
        builder.ToSnakeCaseTable("layer_features");
        builder.HasKey(f => new { f.LayerId, f.FeatureIndex });
    }

    public void Configure(EntityTypeBuilder<LayerRasterEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("layer_rasters");
        builder.HasKey(r => r.LayerId);
        builder.Property(r => r.LayerId).ValueGeneratedNever();
    }
}
