using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Layers;

/// <summary>The layers table, the same on every provider.</summary>
public sealed class LayerEntityConfiguration : IEntityTypeConfiguration<LayerEntity>
{
    public void Configure(EntityTypeBuilder<LayerEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("layers");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id");
        builder.Property(l => l.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(l => l.Kind).HasColumnName("kind").HasMaxLength(16);
        builder.Property(l => l.SourceFile).HasColumnName("source_file").HasMaxLength(400);
        builder.Property(l => l.Srid).HasColumnName("srid");
        builder.Property(l => l.GeometryType).HasColumnName("geometry_type").HasMaxLength(64);
        builder.Property(l => l.FeatureCount).HasColumnName("feature_count");
        builder.Property(l => l.ExtentMinX).HasColumnName("extent_min_x");
        builder.Property(l => l.ExtentMinY).HasColumnName("extent_min_y");
        builder.Property(l => l.ExtentMaxX).HasColumnName("extent_max_x");
        builder.Property(l => l.ExtentMaxY).HasColumnName("extent_max_y");
        builder.Property(l => l.FieldsJson).HasColumnName("fields");
        builder.Property(l => l.ReportJson).HasColumnName("report");
        builder.Property(l => l.Year).HasColumnName("year");
        builder.Property(l => l.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(l => l.Name).IsUnique();
        builder.HasMany<LayerFeatureEntity>().WithOne().HasForeignKey(f => f.LayerId).OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne<LayerRasterEntity>()
            .WithOne()
            .HasForeignKey<LayerRasterEntity>(r => r.LayerId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
