using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DesignStepStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DesignSteps_State",
                table: "DesignSteps",
                columns: new[] { "DesignId", "Step", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DesignSteps_State",
                table: "DesignSteps");
        }
    }
}
