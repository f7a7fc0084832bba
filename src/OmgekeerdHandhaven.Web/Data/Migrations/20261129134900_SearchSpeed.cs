using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Search at scale: dilemma_search carries what filters, facets and sorting need (status, phase, year, author,
    /// domains, last change), so counting a common word never touches the dilemmas table. The optional rum index is
    /// made by SearchLanguageSetup.
    /// </summary>
    public partial class SearchSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSpeedSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchSpeedSql.Down);
        }
    }
}
