using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GeoOpgave.Storage.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    layer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    method = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    engine = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
