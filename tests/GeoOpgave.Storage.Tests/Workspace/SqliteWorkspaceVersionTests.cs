using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Workspace;

public sealed class SqliteWorkspaceVersionTests : WorkspaceVersionTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
