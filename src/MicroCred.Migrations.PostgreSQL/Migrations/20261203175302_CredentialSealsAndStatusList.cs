using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class CredentialSealsAndStatusList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId",
                table: "IssuedCredentials");

            migrationBuilder.AddColumn<string>(
                name: "Seal",
                table: "IssuedCredentials",
                type: "character varying(2000)",
                unicode: false,
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatusListIndex",
                table: "IssuedCredentials",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId_StatusListIndex",
                table: "IssuedCredentials",
                columns: new[] { "IssuingInstitutionId", "StatusListIndex" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId_StatusListIndex",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "Seal",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "StatusListIndex",
                table: "IssuedCredentials");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId",
                table: "IssuedCredentials",
                column: "IssuingInstitutionId");
        }
    }
}
