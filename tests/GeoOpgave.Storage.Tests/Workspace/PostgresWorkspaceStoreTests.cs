using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Workspace;

public sealed class PostgresWorkspaceStoreTests : WorkspaceStoreTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
