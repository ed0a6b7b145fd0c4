using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Workspace;

public sealed class SqliteWorkspaceStoreTests : WorkspaceStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
