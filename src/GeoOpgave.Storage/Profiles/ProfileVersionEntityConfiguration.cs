using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Profiles;

/// <summary>The profiel_versies table, the same on every provider; one row per (profiel, version).</summary>
public sealed class ProfileVersionEntityConfiguration : IEntityTypeConfiguration<ProfileVersionEntity>
{
    public void Configure(EntityTypeBuilder<ProfileVersionEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("profiel_versies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ProfielId).HasMaxLength(200);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.HasIndex(p => new { p.ProfielId, p.Version }).IsUnique();
    }
}
