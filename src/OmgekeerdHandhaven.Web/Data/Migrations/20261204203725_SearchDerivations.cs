using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Search (#18): compounds split from the whole word list (fewest parts, guards against nonsense), words meet their
    /// derivations (search_bases, with a table of strong verb forms), and the shipped thesaurus may hold one-way groups
    /// ("hulpverlener > jeugdhulpverlener": only the heads start a search). The search language setup re-splits every
    /// document after this, as the lexicon's version changes with it.
    /// </summary>
    public partial class SearchDerivations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE search_verb_forms (form text NOT NULL, infinitive text NOT NULL, PRIMARY KEY (form, infinitive));
                ALTER TABLE search_compounds ADD COLUMN bases text[] NOT NULL DEFAULT '{}';
                TRUNCATE search_compounds;
                ALTER TABLE search_default_synonyms ADD COLUMN heads text[];

                -- As before, but a one-way group's targets are its heads only, and a term of several words of which one
                -- counts ("in verwachting": "in" is a stop word) is no target: "verwachting" must not find "zwanger".
                CREATE OR REPLACE VIEW search_synonym_rules_source AS
                WITH groups AS (
                    SELECT NULL::uuid AS municipality_id, 'd' || id AS key, terms, coalesce(heads, terms) AS heads FROM search_default_synonyms
                    UNION ALL
                    SELECT municipality_id, id::text, terms, terms FROM synonym_groups)
                SELECT g.municipality_id, t.target, format('%L', '§' || g.key)::tsquery AS placeholder, s.substitute
                FROM groups g
                CROSS JOIN LATERAL (
                    SELECT phraseto_tsquery('dutch_unaccent', term) AS target FROM unnest(g.heads) term
                    WHERE term NOT LIKE '% %' OR numnode(plainto_tsquery('dutch_unaccent', term)) > 1
                    UNION
                    SELECT plainto_tsquery('dutch_unaccent', term) FROM unnest(g.heads) term
                    WHERE term NOT LIKE '% %' OR numnode(plainto_tsquery('dutch_unaccent', term)) > 1) t
                CROSS JOIN LATERAL (
                    SELECT string_agg('(' || phraseto_tsquery('dutch_unaccent', x)::text || ')', ' | ')::tsquery AS substitute
                    FROM unnest(g.terms) x WHERE numnode(phraseto_tsquery('dutch_unaccent', x)) > 0) s
                WHERE numnode(t.target) > 0 AND s.substitute IS NOT NULL;
                """);
            migrationBuilder.ApplySqlFile("search_segments", version: 1);
            migrationBuilder.ApplySqlFile("search_split", version: 2);
            migrationBuilder.ApplySqlFile("search_bases", version: 1);
            migrationBuilder.ApplySqlFile("search_expand", version: 2);
            migrationBuilder.ApplySqlFile("dilemma_tsquery", version: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The functions' earlier versions live in the migrations that created them; restoring them is not supported.
            throw new NotSupportedException("SearchDerivations cannot be undone.");
        }
    }
}
