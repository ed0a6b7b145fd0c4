using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Profiles;

/// <summary>The profiel_versies table, the same on every provider; one row per (profiel, version).</summary>
public sealed class ProfileVersionEntityConfiguration : IEntityTypeConfiguration<ProfileVersionEntity>
{
    public void Configure(EntityTypeBuilder<ProfileVersionEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("profiel_versies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.ProfielId).HasColumnName("profiel_id").HasMaxLength(200);
        builder.Property(p => p.Version).HasColumnName("version");
        builder.Property(p => p.Json).HasColumnName("json");
        builder.Property(p => p.Notes).HasColumnName("notes");
        builder.Property(p => p.CreatedBy).HasColumnName("created_by").HasMaxLength(256);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(p => new { p.ProfielId, p.Version }).IsUnique();
    }
}
