using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Selecties;

/// <summary>The selecties table, the same on every provider; names are unique.</summary>
public sealed class SelectieEntityConfiguration : IEntityTypeConfiguration<SelectieEntity>
{
    public void Configure(EntityTypeBuilder<SelectieEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("selecties");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(s => s.Notes).HasColumnName("notes");
        builder.Property(s => s.CodesJson).HasColumnName("codes");
        builder.Property(s => s.ProfielId).HasColumnName("profiel_id").HasMaxLength(200);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
