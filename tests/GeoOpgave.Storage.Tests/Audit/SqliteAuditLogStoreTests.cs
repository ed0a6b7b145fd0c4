using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class SqliteAuditLogStoreTests : AuditLogStoreTests
{
    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
