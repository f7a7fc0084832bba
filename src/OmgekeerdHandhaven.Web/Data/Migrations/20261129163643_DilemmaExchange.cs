using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DilemmaExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_gemeente",
                table: "dilemmas",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_id",
                table: "dilemmas",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_key",
                table: "dilemmas",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_dilemmas_municipality_id_source_key_source_id",
                table: "dilemmas",
                columns: new[] { "municipality_id", "source_key", "source_id" },
                unique: true,
                filter: "source_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dilemmas_municipality_id_source_key_source_id",
                table: "dilemmas");

            migrationBuilder.DropColumn(
                name: "source_gemeente",
                table: "dilemmas");

            migrationBuilder.DropColumn(
                name: "source_id",
                table: "dilemmas");

            migrationBuilder.DropColumn(
                name: "source_key",
                table: "dilemmas");
        }
    }
}
