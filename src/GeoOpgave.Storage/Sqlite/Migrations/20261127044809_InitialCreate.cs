using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "areas",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    gemeente_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    wijk_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    geometry = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    area_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    indicator_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_values", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_areas_code_year",
                table: "areas",
                columns: new[] { "code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_areas_level_year",
                table: "areas",
                columns: new[] { "level", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_values_area_code_indicator_id_year",
                table: "indicator_values",
                columns: new[] { "area_code", "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_values_year",
                table: "indicator_values",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "areas");

            migrationBuilder.DropTable(
                name: "indicator_values");
        }
    }
}
