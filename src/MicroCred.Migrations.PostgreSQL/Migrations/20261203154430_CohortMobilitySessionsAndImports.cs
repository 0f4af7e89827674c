using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class CohortMobilitySessionsAndImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals");

            migrationBuilder.AddColumn<bool>(
                name: "IncludedMobility",
                table: "Cohorts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PlannedMobility",
                table: "Cohorts",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PendingImports",
                columns: table => new
                {
                    IdHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    PreviewJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingImports", x => x.IdHash);
                    table.ForeignKey(
                        name: "FK_PendingImports_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PendingImports_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Two administrators could record the same board twice before the unique index existed: keep the first.
            migrationBuilder.Sql("DELETE FROM \"ProgrammeBoardApprovals\" a USING \"ProgrammeBoardApprovals\" b WHERE a.\"DesignId\" = b.\"DesignId\" AND a.\"BoardId\" = b.\"BoardId\" AND (a.\"RecordedAt\", a.\"Id\") > (b.\"RecordedAt\", b.\"Id\");");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals",
                columns: new[] { "DesignId", "BoardId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_CohortId",
                table: "PendingImports",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_ExpiresAt",
                table: "PendingImports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_UserId",
                table: "PendingImports",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingImports");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals");

            migrationBuilder.DropColumn(
                name: "IncludedMobility",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "PlannedMobility",
                table: "Cohorts");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals",
                columns: new[] { "DesignId", "BoardId" });
        }
    }
}
