using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddIndicatorProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_provenance",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    layer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    engine = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_provenance", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_provenance_indicator_id_year",
                table: "indicator_provenance",
                columns: new[] { "indicator_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_provenance");
        }
    }
}
