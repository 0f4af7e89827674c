using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CorrectAndReissue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_CohortId_LearnerId",
                table: "IssuedCredentials");

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAt",
                table: "IssuedCredentials",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectedById",
                table: "IssuedCredentials",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectedByName",
                table: "IssuedCredentials",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionChanges",
                table: "IssuedCredentials",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "IssuedCredentials",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectsId",
                table: "IssuedCredentials",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "IssuedCredentials",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "IssuedCredentials",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_CohortId_LearnerId",
                table: "IssuedCredentials",
                columns: new[] { "CohortId", "LearnerId" },
                unique: true,
                filter: "\"SupersededAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_CohortId_LearnerId",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectedAt",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectedById",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectedByName",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectionChanges",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CorrectsId",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "IssuedCredentials");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_CohortId_LearnerId",
                table: "IssuedCredentials",
                columns: new[] { "CohortId", "LearnerId" },
                unique: true);
        }
    }
}
