using GeoOpgave.Storage.Tests.TestSupport;

namespace GeoOpgave.Storage.Tests.Audit;

public sealed class PostgresAuditedChangeTests : AuditedChangeTests
{
    protected override string RefuseAuditSql =>
        """
            CREATE OR REPLACE FUNCTION audit_weg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit weg'; END $$;
            CREATE OR REPLACE TRIGGER audit_weg BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_weg();
            """;

    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();
}
