using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Append-only in the database itself: the application has no update or delete, and now nobody else does either.
            migrationBuilder.Sql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: a row cannot be changed'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: a row cannot be removed'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_no_delete;");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_log");
        }
    }
}
