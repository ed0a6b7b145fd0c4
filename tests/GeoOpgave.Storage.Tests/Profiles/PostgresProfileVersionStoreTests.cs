using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Profiles;

public sealed class PostgresProfileVersionStoreTests : ProfileVersionStoreTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
