namespace GeoOpgave.Storage.Workspace;

/// <summary>The single row of workspace_state: a counter that every publishing write moves up.</summary>
public sealed class WorkspaceStateEntity
{
    /// <summary>The one row's key (always <see cref="WorkspaceVersion.RowId"/>).</summary>
    public int Id { get; set; }

    public long Version { get; set; }
}
