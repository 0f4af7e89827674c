using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class CourseStatusIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CourseDesigns_RevisionOf",
                table: "CourseDesigns",
                column: "RevisionOf");

            migrationBuilder.CreateIndex(
                name: "IX_CourseDesigns_Status",
                table: "CourseDesigns",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CourseDesigns_RevisionOf",
                table: "CourseDesigns");

            migrationBuilder.DropIndex(
                name: "IX_CourseDesigns_Status",
                table: "CourseDesigns");
        }
    }
}
