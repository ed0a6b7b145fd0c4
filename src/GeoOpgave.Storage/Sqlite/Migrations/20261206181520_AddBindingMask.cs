using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeoOpgave.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddBindingMask : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "mask_layer",
                table: "indicator_bindings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "mask_layer",
                table: "indicator_bindings");
        }
    }
}
