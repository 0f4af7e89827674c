using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
{
    /// <summary>
    /// Empty on PostgreSQL: this provider arrived after this change, and Initial already creates the schema as of
    /// ReviewScreensNotificationsCredentials. Kept so that every provider has the same migration names.
    /// </summary>
    public partial class DesignSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
