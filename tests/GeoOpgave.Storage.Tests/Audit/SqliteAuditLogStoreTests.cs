using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class SqliteAuditLogStoreTests : AuditLogStoreTests
{
    protected override string DisableTriggersSql =>
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
