using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Keyset pagination: "Volgende pagina" continues after the last row shown with a row comparison
    /// ((decided), updated_at, dilemma_id) &lt; (…), which a btree index serves as a seek only when every column runs the
    /// same way; so dilemma_id becomes descending like updated_at.
    /// </summary>
    public partial class SearchKeysetIndexes : Migration
    {
        private static readonly (string Name, string Columns)[] Indexes =
        [
            ("ix_dilemma_search_municipality_id_updated_at", "municipality_id, updated_at DESC, dilemma_id"),
            ("ix_dilemma_search_municipality_id_decided_updated_at", "municipality_id, (status = 'Decided') DESC, updated_at DESC, dilemma_id"),
            ("ix_dilemma_search_municipality_id_year_updated_at", "municipality_id, year, updated_at DESC, dilemma_id"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, columns) in Indexes)
            {
                migrationBuilder.Sql($"DROP INDEX {name}; CREATE INDEX {name} ON dilemma_search ({columns} DESC);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, columns) in Indexes)
            {
                migrationBuilder.Sql($"DROP INDEX {name}; CREATE INDEX {name} ON dilemma_search ({columns});");
            }
        }
    }
}
