using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class PostgresAuditLogStoreTests : AuditLogStoreTests
{
    protected override string DisableTriggersSql => "ALTER TABLE audit_log DISABLE TRIGGER USER";

    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
