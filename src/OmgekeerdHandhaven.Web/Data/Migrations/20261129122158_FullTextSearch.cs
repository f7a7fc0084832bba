using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>Dutch full-text search: a weighted document per dilemma in its own table, kept current by triggers.</summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dutch stemming with accents folded both ways ("beëindigen" finds "beeindigen"). unaccent is a trusted
            // extension: the database owner may create it, no superuser needed.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = pg_catalog.dutch);
                ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
                """);

            migrationBuilder.CreateTable(
                name: "dilemma_search",
                columns: table => new
                {
                    dilemma_id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dilemma_search", x => x.dilemma_id);
                    table.ForeignKey(
                        name: "fk_dilemma_search_dilemmas_dilemma_id",
                        column: x => x.dilemma_id,
                        principalTable: "dilemmas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dilemma_search_document",
                table: "dilemma_search",
                column: "document")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_dilemma_search_municipality_id",
                table: "dilemma_search",
                column: "municipality_id");

            // One function builds a dilemma's weighted document; triggers call it whenever something it reads changes.
            migrationBuilder.Sql("""
                CREATE FUNCTION refresh_dilemma_search(target uuid) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO dilemma_search (dilemma_id, municipality_id, document)
                    SELECT d.id, d.municipality_id,
                        setweight(to_tsvector('dutch_unaccent', d.title || ' ' || d.question), 'A') ||
                        setweight(to_tsvector('dutch_unaccent', d.situation || ' ' || coalesce((
                            SELECT string_agg(x.solution || ' ' || x.rationale || ' ' || coalesce((
                                SELECT string_agg(a.description || ' ' || a.responsible || ' ' || a.fallback, ' ')
                                FROM agreements a WHERE a.decision_id = x.id), ''), ' ')
                            FROM decisions x WHERE x.dilemma_id = d.id AND x.superseded_at IS NULL), '')), 'B') ||
                        setweight(to_tsvector('dutch_unaccent',
                            coalesce((SELECT string_agg((o ->> 'Description') || ' ' || (o ->> 'Consequences'), ' ') FROM jsonb_array_elements(coalesce(d.options, '[]'::jsonb)) o), '') || ' ' ||
                            array_to_string(d.risk_signals, ' ') || ' ' ||
                            coalesce((SELECT string_agg(p.name, ' ') FROM dilemma_policy_areas dp JOIN policy_areas p ON p.id = dp.policy_area_id WHERE dp.dilemma_id = d.id), '') || ' ' ||
                            coalesce((SELECT string_agg(c.body, ' ') FROM comments c WHERE c.dilemma_id = d.id), '') || ' ' ||
                            coalesce(d.interests, '') || ' ' || coalesce(d.proposal, '') || ' ' || coalesce(d.legal_basis, '')), 'C')
                    FROM dilemmas d WHERE d.id = target
                    ON CONFLICT (dilemma_id) DO UPDATE SET document = excluded.document;
                $$;

                CREATE FUNCTION dilemma_search_from_dilemma() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search(NEW.id); RETURN NULL; END $$;
                CREATE FUNCTION dilemma_search_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search(CASE WHEN TG_OP = 'DELETE' THEN OLD.dilemma_id ELSE NEW.dilemma_id END); RETURN NULL; END $$;
                CREATE FUNCTION dilemma_search_from_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search((SELECT dilemma_id FROM decisions WHERE id = NEW.decision_id)); RETURN NULL; END $$;

                CREATE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON dilemmas FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_dilemma();
                CREATE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON decisions FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
                CREATE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
                CREATE TRIGGER dilemma_search_refresh AFTER INSERT OR DELETE ON dilemma_policy_areas FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_child();
                CREATE TRIGGER dilemma_search_refresh AFTER INSERT OR UPDATE ON agreements FOR EACH ROW EXECUTE FUNCTION dilemma_search_from_agreement();

                SELECT refresh_dilemma_search(id) FROM dilemmas;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER dilemma_search_refresh ON dilemmas;
                DROP TRIGGER dilemma_search_refresh ON decisions;
                DROP TRIGGER dilemma_search_refresh ON comments;
                DROP TRIGGER dilemma_search_refresh ON dilemma_policy_areas;
                DROP TRIGGER dilemma_search_refresh ON agreements;
                DROP FUNCTION dilemma_search_from_dilemma();
                DROP FUNCTION dilemma_search_from_child();
                DROP FUNCTION dilemma_search_from_agreement();
                DROP FUNCTION refresh_dilemma_search(uuid);
                """);
            migrationBuilder.DropTable(name: "dilemma_search");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION dutch_unaccent;");
        }
    }
}
