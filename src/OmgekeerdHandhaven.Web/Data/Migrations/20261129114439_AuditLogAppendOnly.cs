using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>The logboek is append-only in the database itself, whatever the application code does.</summary>
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Het logboek kan niet worden gewijzigd of verwijderd.';
                END $$;

                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_append_only ON audit_entries;
                DROP FUNCTION audit_entries_append_only();
                """);
        }
    }
}
