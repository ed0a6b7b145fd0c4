using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Selecties;

public sealed class SqliteSelectieStoreTests : SelectieStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
