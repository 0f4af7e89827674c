using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class LearnerPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Learners_CohortId_FamilyName_GivenNames_IdentifierKey",
                table: "Learners",
                columns: new[] { "CohortId", "FamilyName", "GivenNames", "IdentifierKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Learners_CohortId_Result",
                table: "Learners",
                columns: new[] { "CohortId", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_CohortId_SupersededAt_RevokedAt",
                table: "IssuedCredentials",
                columns: new[] { "CohortId", "SupersededAt", "RevokedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Learners_CohortId_FamilyName_GivenNames_IdentifierKey",
                table: "Learners");

            migrationBuilder.DropIndex(
                name: "IX_Learners_CohortId_Result",
                table: "Learners");

            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_CohortId_SupersededAt_RevokedAt",
                table: "IssuedCredentials");
        }
    }
}
