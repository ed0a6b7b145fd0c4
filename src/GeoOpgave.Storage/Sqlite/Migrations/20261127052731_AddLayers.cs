using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddLayers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "layers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source_file = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    srid = table.Column<int>(type: "INTEGER", nullable: false),
                    geometry_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    feature_count = table.Column<long>(type: "INTEGER", nullable: false),
                    extent_min_x = table.Column<double>(type: "REAL", nullable: true),
                    extent_min_y = table.Column<double>(type: "REAL", nullable: true),
                    extent_max_x = table.Column<double>(type: "REAL", nullable: true),
                    extent_max_y = table.Column<double>(type: "REAL", nullable: true),
                    fields = table.Column<string>(type: "TEXT", nullable: false),
                    report = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_layers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "layer_features",
                columns: table => new
                {
                    layer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    feature_index = table.Column<int>(type: "INTEGER", nullable: false),
                    geometry = table.Column<byte[]>(type: "BLOB", nullable: false),
                    attributes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_layer_features", x => new { x.layer_id, x.feature_index });
                    table.ForeignKey(
                        name: "FK_layer_features_layers_layer_id",
                        column: x => x.layer_id,
                        principalTable: "layers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "layer_rasters",
                columns: table => new
                {
                    layer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_layer_rasters", x => x.layer_id);
                    table.ForeignKey(
                        name: "FK_layer_rasters_layers_layer_id",
                        column: x => x.layer_id,
                        principalTable: "layers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_layers_name",
                table: "layers",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "layer_features");

            migrationBuilder.DropTable(
                name: "layer_rasters");

            migrationBuilder.DropTable(
                name: "layers");
        }
    }
}
