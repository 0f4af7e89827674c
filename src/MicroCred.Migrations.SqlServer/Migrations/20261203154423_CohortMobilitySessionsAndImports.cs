using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PlannedMobility",
                table: "Cohorts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PendingImports",
                columns: table => new
                {
                    IdHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    PreviewJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
            migrationBuilder.Sql("WITH d AS (SELECT ROW_NUMBER() OVER (PARTITION BY DesignId, BoardId ORDER BY RecordedAt, Id) AS n FROM ProgrammeBoardApprovals) DELETE FROM d WHERE n > 1;");

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
