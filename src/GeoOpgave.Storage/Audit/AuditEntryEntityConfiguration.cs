using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Audit;

/// <summary>The audit_log table, the same on every provider.</summary>
public sealed class AuditEntryEntityConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.User).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Target).HasMaxLength(400);
        builder.Property(a => a.DetailsJson).HasColumnName("details");
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => a.Time);
    }
}
