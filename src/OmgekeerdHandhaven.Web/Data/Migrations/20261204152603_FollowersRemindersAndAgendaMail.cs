using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowersRemindersAndAgendaMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "agenda_sent_at",
                table: "team_meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "dilemma_number",
                table: "notifications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);

            migrationBuilder.AddColumn<string>(
                name: "path",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_overview_sent_on",
                table: "municipalities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "due_soon_reminded_at",
                table: "agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_reminded_at",
                table: "agreements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dilemma_followers",
                columns: table => new
                {
                    dilemma_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    following = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dilemma_followers", x => new { x.dilemma_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_dilemma_followers_dilemmas_dilemma_id",
                        column: x => x.dilemma_id,
                        principalTable: "dilemmas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dilemma_followers_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dilemma_followers_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_to_remind",
                table: "agreements",
                column: "due_date",
                filter: "status = 'Open' AND responsible_user_id IS NOT NULL AND overdue_reminded_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dilemma_followers_municipality_id",
                table: "dilemma_followers",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_dilemma_followers_user_id",
                table: "dilemma_followers",
                column: "user_id");

            // Who would have followed the existing dilemmas: their authors, commenters and colleagues responsible for an agreement.
            migrationBuilder.Sql("""
                INSERT INTO dilemma_followers (dilemma_id, user_id, municipality_id, following, changed_at)
                SELECT dilemma_id, user_id, municipality_id, true, min(since) FROM (
                    SELECT id AS dilemma_id, author_id AS user_id, municipality_id, created_at AS since FROM dilemmas
                    UNION ALL
                    SELECT dilemma_id, author_id, municipality_id, created_at FROM comments
                    UNION ALL
                    SELECT d.dilemma_id, a.responsible_user_id, a.municipality_id, d.decided_at
                    FROM agreements a JOIN decisions d ON d.id = a.decision_id WHERE a.responsible_user_id IS NOT NULL
                ) AS taking_part
                GROUP BY dilemma_id, user_id, municipality_id
                ON CONFLICT DO NOTHING;
                """);

            migrationBuilder.Sql("UPDATE notifications SET path = '/dilemmas/' || dilemma_number WHERE dilemma_number IS NOT NULL;");

            // Agreements already past their deadline show as Verlopen on Mijn werk; the first morning after the upgrade
            // should not mail every one of them (years of them, in a register in use), only what falls due from now on.
            migrationBuilder.Sql("UPDATE agreements SET overdue_reminded_at = now() WHERE status = 'Open' AND due_date < current_date;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dilemma_followers");

            migrationBuilder.DropIndex(
                name: "ix_agreements_to_remind",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "agenda_sent_at",
                table: "team_meetings");

            migrationBuilder.DropColumn(
                name: "path",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "decision_overview_sent_on",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "due_soon_reminded_at",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "overdue_reminded_at",
                table: "agreements");

            migrationBuilder.AlterColumn<string>(
                name: "dilemma_number",
                table: "notifications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);
        }
    }
}
