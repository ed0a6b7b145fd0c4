using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Postgres;

public sealed class PostgresWorkspaceStoreTests : WorkspaceStoreTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
