using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// A dilemma's search document is rebuilt once per transaction, at commit, however many of its rows changed: a
    /// decision with three agreements used to rebuild it five times. The row triggers only note the dilemma; a deferred
    /// constraint trigger on that note does the work.
    /// </summary>
    public partial class SearchRefreshOncePerTransaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE dilemma_search_pending (dilemma_id uuid PRIMARY KEY);

                CREATE OR REPLACE FUNCTION note_dilemma_search(target uuid) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO dilemma_search_pending (dilemma_id) VALUES (target) ON CONFLICT DO NOTHING;
                $$;

                CREATE OR REPLACE FUNCTION dilemma_search_from_dilemma() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM note_dilemma_search(NEW.id); RETURN NULL; END $$;
                CREATE OR REPLACE FUNCTION dilemma_search_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM note_dilemma_search(CASE WHEN TG_OP = 'DELETE' THEN OLD.dilemma_id ELSE NEW.dilemma_id END); RETURN NULL; END $$;
                CREATE OR REPLACE FUNCTION dilemma_search_from_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM note_dilemma_search((SELECT dilemma_id FROM decisions WHERE id = NEW.decision_id)); RETURN NULL; END $$;

                CREATE FUNCTION refresh_pending_dilemma_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM dilemma_search_pending WHERE dilemma_id = NEW.dilemma_id;
                    PERFORM refresh_dilemma_search(NEW.dilemma_id);
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER dilemma_search_pending_refresh AFTER INSERT ON dilemma_search_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_pending_dilemma_search();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER dilemma_search_pending_refresh ON dilemma_search_pending;
                DROP FUNCTION refresh_pending_dilemma_search();
                CREATE OR REPLACE FUNCTION dilemma_search_from_dilemma() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search(NEW.id); RETURN NULL; END $$;
                CREATE OR REPLACE FUNCTION dilemma_search_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search(CASE WHEN TG_OP = 'DELETE' THEN OLD.dilemma_id ELSE NEW.dilemma_id END); RETURN NULL; END $$;
                CREATE OR REPLACE FUNCTION dilemma_search_from_agreement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM refresh_dilemma_search((SELECT dilemma_id FROM decisions WHERE id = NEW.decision_id)); RETURN NULL; END $$;
                DROP FUNCTION note_dilemma_search(uuid);
                DROP TABLE dilemma_search_pending;
                """);
        }
    }
}
