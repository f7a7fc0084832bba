using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OwnListsOrderAndActive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "risk_signals",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "sort_order",
                table: "risk_signals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "policy_areas",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            // Existing entries stay active; the risk signals were shown alphabetically, so that is their first order.
            migrationBuilder.Sql("""
                UPDATE risk_signals r SET sort_order = o.position
                FROM (SELECT id, row_number() OVER (PARTITION BY municipality_id ORDER BY name) - 1 AS position FROM risk_signals) o
                WHERE r.id = o.id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_active",
                table: "risk_signals");

            migrationBuilder.DropColumn(
                name: "sort_order",
                table: "risk_signals");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "policy_areas");
        }
    }
}
