using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Append-only in the database itself: the application has no update or delete, and now nobody else does either.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
                END
                $$;
                CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log;
                DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
                DROP FUNCTION IF EXISTS audit_log_append_only();
                """);

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_log");
        }
    }
}
