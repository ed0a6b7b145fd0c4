using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeoOpgave.Storage.Workspace;

/// <summary>The workspace_state table, the same on every provider; seeded with its one row at version 0.</summary>
public sealed class WorkspaceStateEntityConfiguration : IEntityTypeConfiguration<WorkspaceStateEntity>
{
    public void Configure(EntityTypeBuilder<WorkspaceStateEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToSnakeCaseTable("workspace_state");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new WorkspaceStateEntity { Id = WorkspaceVersion.RowId, Version = 0 });
    }
}
