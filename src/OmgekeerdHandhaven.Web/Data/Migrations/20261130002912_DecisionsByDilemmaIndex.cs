using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// A dilemma's decisions, superseded ones included, by an index of their own: the only index on dilemma_id held the
    /// current decision alone, so loading a dilemma (its page, the API, vergelijkbare dilemma's) read every decision of
    /// the register — 12 ms at 50 000 decisions, growing with the register.
    /// </summary>
    public partial class DecisionsByDilemmaIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_decisions_dilemma_id",
                table: "decisions",
                column: "dilemma_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_decisions_dilemma_id",
                table: "decisions");
        }
    }
}
