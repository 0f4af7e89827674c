using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectedById",
                table: "IssuedCredentials",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectedByName",
                table: "IssuedCredentials",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionChanges",
                table: "IssuedCredentials",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "IssuedCredentials",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectsId",
                table: "IssuedCredentials",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "IssuedCredentials",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "IssuedCredentials",
                type: "uuid",
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
