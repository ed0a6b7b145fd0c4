using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class SqliteAuditedChangeTests : AuditedChangeTests
{
    protected override string RefuseAuditSql =>
        "CREATE TRIGGER IF NOT EXISTS audit_weg BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit weg'); END;";

    protected override ITestDatabase NewDatabase() => new SqliteTestDatabase();
}
