using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GeoOpgave.Storage.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_file = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    srid = table.Column<int>(type: "integer", nullable: false),
                    geometry_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    feature_count = table.Column<long>(type: "bigint", nullable: false),
                    extent_min_x = table.Column<double>(type: "double precision", nullable: true),
                    extent_min_y = table.Column<double>(type: "double precision", nullable: true),
                    extent_max_x = table.Column<double>(type: "double precision", nullable: true),
                    extent_max_y = table.Column<double>(type: "double precision", nullable: true),
                    fields = table.Column<string>(type: "text", nullable: false),
                    report = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_layers", x => x.id);
                });

            // Partitioned by layer: an import COPYs into a fresh, unindexed table and attaches it at the end, so the
            // primary key and GiST index are built in bulk instead of row by row, and deleting a layer is a DROP TABLE.
            migrationBuilder.Sql(
                """
                CREATE TABLE layer_features (
                    layer_id bigint NOT NULL,
                    feature_index integer NOT NULL,
                    geometry geometry(Geometry,28992) NOT NULL,
                    attributes jsonb NULL,
                    CONSTRAINT "PK_layer_features" PRIMARY KEY (layer_id, feature_index),
                    CONSTRAINT "FK_layer_features_layers_layer_id" FOREIGN KEY (layer_id) REFERENCES layers (id) ON DELETE CASCADE
                ) PARTITION BY LIST (layer_id);
                """);

            migrationBuilder.CreateTable(
                name: "layer_rasters",
                columns: table => new
                {
                    layer_id = table.Column<long>(type: "bigint", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
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
                name: "IX_layer_features_geometry",
                table: "layer_features",
                column: "geometry")
                .Annotation("Npgsql:IndexMethod", "gist");

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
