using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Version;

public sealed class SqliteWorkspaceVersionTests : WorkspaceVersionTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
