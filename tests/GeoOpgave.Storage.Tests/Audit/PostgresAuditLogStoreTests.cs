using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class PostgresAuditLogStoreTests : AuditLogStoreTests
{
    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
