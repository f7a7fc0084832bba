using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>pg_trgm for "Bedoelde u …?": the closest word of the gemeente's own vocabulary. A trusted extension.</summary>
    public partial class TrigramSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP EXTENSION IF EXISTS pg_trgm;");
    }
}
