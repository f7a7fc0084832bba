using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MyWorkIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dilemmas_author_id",
                table: "dilemmas");

            migrationBuilder.DropIndex(
                name: "ix_dilemmas_municipality_id_status",
                table: "dilemmas");

            migrationBuilder.CreateIndex(
                name: "ix_dilemmas_author_id_status_updated_at",
                table: "dilemmas",
                columns: new[] { "author_id", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dilemmas_municipality_id_status_submitted_at",
                table: "dilemmas",
                columns: new[] { "municipality_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_current_by_date",
                table: "decisions",
                columns: new[] { "municipality_id", "decided_at" },
                filter: "superseded_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dilemmas_author_id_status_updated_at",
                table: "dilemmas");

            migrationBuilder.DropIndex(
                name: "ix_dilemmas_municipality_id_status_submitted_at",
                table: "dilemmas");

            migrationBuilder.DropIndex(
                name: "ix_decisions_current_by_date",
                table: "decisions");

            migrationBuilder.CreateIndex(
                name: "ix_dilemmas_author_id",
                table: "dilemmas",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_dilemmas_municipality_id_status",
                table: "dilemmas",
                columns: new[] { "municipality_id", "status" });
        }
    }
}
