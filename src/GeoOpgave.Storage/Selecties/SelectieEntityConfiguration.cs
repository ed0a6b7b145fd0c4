using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Selecties;

/// <summary>The selecties table, the same on every provider; names are unique.</summary>
public sealed class SelectieEntityConfiguration : IEntityTypeConfiguration<SelectieEntity>
{
    public void Configure(EntityTypeBuilder<SelectieEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("selecties");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.CodesJson).HasColumnName("codes");
        builder.Property(s => s.ProfielId).HasMaxLength(200);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
