using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OmgekeerdHandhaven.Web.Data;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Bewaartermijnen (issue #17): the terms per gemeente, the runs, when an account was deactivated (those already
    /// deactivated count from this upgrade, so nobody is anonymised by surprise) and anonymised, and the logboek trigger
    /// that lets only the retention job remove entries past the term.
    /// </summary>
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "anonymised_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "retention_audit_log_years",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "retention_deactivated_accounts_months",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "retention_export_files_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<DateOnly>(
                name: "retention_ran_on",
                table: "municipalities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "retention_read_notifications_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 90);

            migrationBuilder.AddColumn<int>(
                name: "retention_sent_mail_days",
                table: "municipalities",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "retention_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ran_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_notifications = table.Column<int>(type: "integer", nullable: false),
                    export_files = table.Column<int>(type: "integer", nullable: false),
                    sent_mails = table.Column<int>(type: "integer", nullable: false),
                    accounts = table.Column<int>(type: "integer", nullable: false),
                    audit_entries = table.Column<int>(type: "integer", nullable: false),
                    login_attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_retention_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_retention_runs_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_retention_runs_municipality_id_ran_at",
                table: "retention_runs",
                columns: new[] { "municipality_id", "ran_at" });

            migrationBuilder.Sql("UPDATE users SET deactivated_at = now() WHERE NOT is_active AND deactivated_at IS NULL;");
            migrationBuilder.ApplySqlFile("audit_entries_append_only", version: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Version 1 of the trigger: nothing may remove an entry.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.audit_entries_append_only()
                 RETURNS trigger
                 LANGUAGE plpgsql
                AS $function$
                BEGIN
                    RAISE EXCEPTION 'Het logboek kan niet worden gewijzigd of verwijderd.';
                END $function$;
                """);
            migrationBuilder.DropTable(
                name: "retention_runs");

            migrationBuilder.DropColumn(
                name: "anonymised_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "retention_audit_log_years",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "retention_deactivated_accounts_months",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "retention_export_files_days",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "retention_ran_on",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "retention_read_notifications_days",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "retention_sent_mail_days",
                table: "municipalities");
        }
    }
}
