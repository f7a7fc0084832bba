using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GemeenteAccountProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sign_in_providers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    protected_client_secret = table.Column<string>(type: "text", nullable: false),
                    groups_claim = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    handhaver_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    consulent_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    beslisser_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    beheerder_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    email_domains = table.Column<string[]>(type: "text[]", nullable: false),
                    creates_users = table.Column<bool>(type: "boolean", nullable: false),
                    local_passwords_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    break_glass_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_providers", x => x.id);
                    table.ForeignKey(
                        name: "fk_sign_in_providers_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sign_in_providers_users_break_glass_user_id",
                        column: x => x.break_glass_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_providers_break_glass_user_id",
                table: "sign_in_providers",
                column: "break_glass_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_providers_municipality_id",
                table: "sign_in_providers",
                column: "municipality_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_providers");
        }
    }
}
