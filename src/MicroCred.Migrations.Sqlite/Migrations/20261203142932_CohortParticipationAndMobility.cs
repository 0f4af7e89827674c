using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CohortParticipationAndMobility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IncludedMobility",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PlannedMobility",
                table: "Cohorts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IncludedMobility",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "PlannedMobility",
                table: "Cohorts");
        }
    }
}
