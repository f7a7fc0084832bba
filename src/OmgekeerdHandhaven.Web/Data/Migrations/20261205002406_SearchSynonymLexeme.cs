using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Search (#18): each synonym rule knows the first lexeme of its target (a generated column with an index), so a
    /// search tries only the rules that begin with one of its own lexemes instead of every rule of the thesaurus.
    /// </summary>
    public partial class SearchSynonymLexeme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The target's first lexeme as tsquery's text writes it ('algemen' <-> 'bijstand' gives algemen).
            migrationBuilder.Sql("""
                ALTER TABLE search_synonym_rules
                    ADD COLUMN lexeme text GENERATED ALWAYS AS ((regexp_match(target::text, '''((?:[^'']|'''')+)'''))[1]) STORED;
                CREATE INDEX ix_search_synonym_rules_lexeme ON search_synonym_rules (lexeme);
                """);
            migrationBuilder.ApplySqlFile("dilemma_tsquery", version: 3);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            throw new NotSupportedException("SearchSynonymLexeme cannot be undone.");
        }
    }
}
