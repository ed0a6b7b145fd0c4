using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Workspace;

public sealed class PostgresWorkspaceVersionTests : WorkspaceVersionTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
