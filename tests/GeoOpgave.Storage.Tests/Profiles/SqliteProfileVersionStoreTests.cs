using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Profiles;

public sealed class SqliteProfileVersionStoreTests : ProfileVersionStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
