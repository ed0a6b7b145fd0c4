using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Layers;

/// <summary>The layers table, the same on every provider.</summary>
public sealed class LayerEntityConfiguration : IEntityTypeConfiguration<LayerEntity>
{
    public void Configure(EntityTypeBuilder<LayerEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("layers");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Kind).HasMaxLength(16);
        builder.Property(l => l.SourceFile).HasMaxLength(400);
        builder.Property(l => l.GeometryType).HasMaxLength(64);
        builder.Property(l => l.FieldsJson).HasColumnName("fields");
        builder.Property(l => l.ReportJson).HasColumnName("report");
        builder.HasIndex(l => l.Name).IsUnique();
        builder.HasMany<LayerFeatureEntity>().WithOne().HasForeignKey(f => f.LayerId).OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<LayerRasterEntity>()
            .WithOne()
            .HasForeignKey<LayerRasterEntity>(r => r.LayerId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
