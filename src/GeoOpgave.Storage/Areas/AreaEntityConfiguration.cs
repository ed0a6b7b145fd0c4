using GeoOpgave.Storage.Context;
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
        builder.ToSnakeCaseTable("areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(16);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.GemeenteCode).HasMaxLength(16);
        builder.Property(a => a.WijkCode).HasMaxLength(16);
        builder.HasIndex(a => new { a.Code, a.Year }).IsUnique();
        builder.HasIndex(a => new { a.Level, a.Year });
    }
}
