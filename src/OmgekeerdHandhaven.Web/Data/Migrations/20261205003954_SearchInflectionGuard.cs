using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Search (#18): the inflection guard of search_segments splits a stem one level deep only, and only a stem that is
    /// a word of the lexicon (a made-up word of 40 letters could make it split itself millions of times). Real words
    /// split as before (only a stem's own inflections were looked at more deeply), so nothing is indexed again.
    /// </summary>
    public partial class SearchInflectionGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A database migrated from scratch never had the one-argument version (its file is at version 3 now).
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS search_segments(text);");
            migrationBuilder.ApplySqlFile("search_segments", version: 3);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            throw new NotSupportedException("SearchInflectionGuard cannot be undone.");
        }
    }
}
