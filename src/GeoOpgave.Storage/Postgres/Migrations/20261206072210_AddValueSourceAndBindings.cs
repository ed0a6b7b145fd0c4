using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GeoOpgave.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddValueSourceAndBindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "indicator_values",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_bindings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    layer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    expression = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_bindings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_values_source",
                table: "indicator_values",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_bindings_indicator_id_layer_name",
                table: "indicator_bindings",
                columns: new[] { "indicator_id", "layer_name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_bindings");

            migrationBuilder.DropIndex(
                name: "IX_indicator_values_source",
                table: "indicator_values");

            migrationBuilder.DropColumn(
                name: "source",
                table: "indicator_values");
        }
    }
}
