using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BookletExportHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "booklet_exports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "heartbeat_at",
                table: "booklet_exports",
                type: "timestamp with time zone",
                nullable: true);

            // A job running during the upgrade has no heartbeat yet: count from its request, as the old worker did.
            migrationBuilder.Sql("UPDATE booklet_exports SET heartbeat_at = requested_at WHERE status = 'Running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attempts",
                table: "booklet_exports");

            migrationBuilder.DropColumn(
                name: "heartbeat_at",
                table: "booklet_exports");
        }
    }
}
