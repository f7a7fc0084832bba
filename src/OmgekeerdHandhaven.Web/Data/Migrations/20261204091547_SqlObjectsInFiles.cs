using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// From here on the functions and triggers live in Data/Sql (see <see cref="SqlFiles"/>). Their first versions are the
    /// definitions the earlier migrations left, so applying them changes nothing in a database that ran those.
    /// </summary>
    public partial class SqlObjectsInFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Named here, not all of Data/Sql: a file added later belongs to the migration that adds it (after its tables).
            string[] names =
            [
                "audit_entries_append_only",
                "dilemma_search_from_agreement",
                "dilemma_search_from_child",
                "dilemma_search_from_dilemma",
                "dilemma_tsquery",
                "note_dilemma_search",
                "refresh_dilemma_search",
                "refresh_pending_dilemma_search",
                "refresh_search_synonym_rules",
                "search_expand",
                "search_parts",
                "search_split",
                "search_synonym_rules_from_defaults",
                "search_synonym_rules_from_group",
            ];
            foreach (var name in names)
            {
                migrationBuilder.ApplySqlFile(name, version: 1);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: version 1 of each file is what the earlier migrations had already defined.
        }
    }
}
