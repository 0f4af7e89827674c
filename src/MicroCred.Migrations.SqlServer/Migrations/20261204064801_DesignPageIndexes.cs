using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DesignPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewComments_DesignId_Step_Status",
                table: "ReviewComments");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_DesignId_Step_Status_CreatedAt",
                table: "ReviewComments",
                columns: new[] { "DesignId", "Step", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DesignSteps_State",
                table: "DesignSteps",
                columns: new[] { "DesignId", "Step", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewComments_DesignId_Step_Status_CreatedAt",
                table: "ReviewComments");

            migrationBuilder.DropIndex(
                name: "IX_DesignSteps_State",
                table: "DesignSteps");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_DesignId_Step_Status",
                table: "ReviewComments",
                columns: new[] { "DesignId", "Step", "Status" });
        }
    }
}
