using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// A broad search filtered on a year lists decided dilemmas first, newest first, within that year. Without this
    /// index the walk in that order passes every newer year first (25 000 rows for "bijstand" in 2022 at 100 000
    /// dilemmas); with it the walk starts in the year.
    /// </summary>
    public partial class SearchYearDecidedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_dilemma_search_municipality_id_year_decided_updated_at
                ON dilemma_search (municipality_id, year, (status = 'Decided') DESC, updated_at DESC, dilemma_id DESC);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_dilemma_search_municipality_id_year_decided_updated_at;");
        }
    }
}
