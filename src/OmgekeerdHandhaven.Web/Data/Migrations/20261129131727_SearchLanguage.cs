using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Dutch beyond stemming: compounds split with a lexicon (index and query time), synonyms and abbreviations
    /// (a shipped thesaurus plus each gemeente's own groups), and a kept vocabulary per gemeente for "Bedoelde u …?".
    /// </summary>
    public partial class SearchLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "synonym_groups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    terms = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_synonym_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_synonym_groups_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_synonym_groups_municipality_id",
                table: "synonym_groups",
                column: "municipality_id");

            migrationBuilder.Sql(SearchLanguageSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchLanguageSql.Down);
            migrationBuilder.DropTable(
                name: "synonym_groups");
        }
    }
}
