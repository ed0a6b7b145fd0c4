using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Selecties;

public sealed class PostgresSelectieStoreTests : SelectieStoreTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
