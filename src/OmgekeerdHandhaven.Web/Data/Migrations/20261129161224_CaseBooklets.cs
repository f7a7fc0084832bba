using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseBooklets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_booklets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    introduction = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    group_order = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_booklets", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_booklets_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_booklets_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "booklet_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_booklet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    content = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booklet_exports", x => x.id);
                    table.ForeignKey(
                        name: "fk_booklet_exports_case_booklets_case_booklet_id",
                        column: x => x.case_booklet_id,
                        principalTable: "case_booklets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_booklet_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_booklet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dilemma_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    situation = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    solution = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    rationale = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    agreements = table.Column<string>(type: "jsonb", nullable: true),
                    options = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_booklet_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_booklet_entries_case_booklets_case_booklet_id",
                        column: x => x.case_booklet_id,
                        principalTable: "case_booklets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_booklet_entries_dilemmas_dilemma_id",
                        column: x => x.dilemma_id,
                        principalTable: "dilemmas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booklet_exports_case_booklet_id",
                table: "booklet_exports",
                column: "case_booklet_id");

            migrationBuilder.CreateIndex(
                name: "ix_booklet_exports_status_requested_at",
                table: "booklet_exports",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_booklet_entries_case_booklet_id_dilemma_id",
                table: "case_booklet_entries",
                columns: new[] { "case_booklet_id", "dilemma_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_booklet_entries_dilemma_id",
                table: "case_booklet_entries",
                column: "dilemma_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_booklets_created_by_id",
                table: "case_booklets",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_booklets_municipality_id_created_at",
                table: "case_booklets",
                columns: new[] { "municipality_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booklet_exports");

            migrationBuilder.DropTable(
                name: "case_booklet_entries");

            migrationBuilder.DropTable(
                name: "case_booklets");
        }
    }
}
