using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OmgekeerdHandhaven.Web.Data.Migrations
{
    /// <summary>
    /// Login attempts per hashed client address and window, shared by every instance (LoginAttemptLimitAttribute). Not an
    /// EF entity: it is only ever touched by that one upsert.
    /// </summary>
    public partial class LoginAttemptWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE login_attempt_windows (
                    client_hash text NOT NULL,
                    window_start timestamptz NOT NULL,
                    attempts integer NOT NULL,
                    CONSTRAINT pk_login_attempt_windows PRIMARY KEY (client_hash, window_start)
                );
                CREATE INDEX ix_login_attempt_windows_window_start ON login_attempt_windows (window_start);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE login_attempt_windows;");
        }
    }
}
