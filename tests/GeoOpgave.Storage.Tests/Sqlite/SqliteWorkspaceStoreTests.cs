using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Sqlite;

public sealed class SqliteWorkspaceStoreTests : WorkspaceStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
