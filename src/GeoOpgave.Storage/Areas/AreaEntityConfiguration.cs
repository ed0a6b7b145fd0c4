using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Areas;

/// <summary>
/// The provider-neutral part of the areas table. Names are snake_case so that hand-written PostGIS SQL
/// needs no quoting; the geometry column's type is left to each provider's context.
/// </summary>
public sealed class AreaEntityConfiguration : IEntityTypeConfiguration<AreaEntity>
{
    public void Configure(EntityTypeBuilder<AreaEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.Code).HasColumnName("code").HasMaxLength(16);
        builder.Property(a => a.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(a => a.Level).HasColumnName("level").HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.GemeenteCode).HasColumnName("gemeente_code").HasMaxLength(16);
        builder.Property(a => a.WijkCode).HasColumnName("wijk_code").HasMaxLength(16);
        builder.Property(a => a.Year).HasColumnName("year");
        builder.Property(a => a.Geometry).HasColumnName("geometry");
        builder.HasIndex(a => new { a.Code, a.Year }).IsUnique();
        builder.HasIndex(a => new { a.Level, a.Year });
    }
}
