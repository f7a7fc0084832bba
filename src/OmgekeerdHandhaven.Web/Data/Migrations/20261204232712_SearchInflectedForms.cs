using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Search (#18): an inflected form of a word that is no compound stays whole ("diensten" was split "dien sten",
    /// "kinderen" "kind eren"). Only the words whose split changes are split again, and only the dilemmas holding them
    /// are indexed again: a register of a million dilemmas is not re-indexed for a rule that touches a few words.
    /// </summary>
    public partial class SearchInflectedForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ApplySqlFile("search_segments", version: 2);
            migrationBuilder.Sql("""
                CREATE TEMP TABLE resplit AS
                    SELECT c.word FROM search_compounds c
                    WHERE c.parts IS DISTINCT FROM search_split(c.word) OR c.bases IS DISTINCT FROM search_bases(c.word);
                DELETE FROM search_compounds c USING resplit r WHERE c.word = r.word;
                SELECT count(refresh_dilemma_search(s.dilemma_id)) FROM dilemma_search s
                WHERE s.document @@ (SELECT string_agg(plainto_tsquery('dutch_unaccent', r.word)::text, ' | ')::tsquery
                                     FROM resplit r WHERE numnode(plainto_tsquery('dutch_unaccent', r.word)) > 0);
                DROP TABLE resplit;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            throw new NotSupportedException("SearchInflectedForms cannot be undone.");
        }
    }
}
