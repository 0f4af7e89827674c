using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ServerSessionsAndUniqueBoardApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals");

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

            // Approvals recorded twice by the old race: the first one stays, so the unique index can be built.
            migrationBuilder.Sql("WITH d AS (SELECT ROW_NUMBER() OVER (PARTITION BY DesignId, BoardId ORDER BY RecordedAt, Id) AS n FROM ProgrammeBoardApprovals) DELETE FROM d WHERE n > 1;");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals",
                columns: new[] { "DesignId", "BoardId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBoardApprovals_DesignId_BoardId",
                table: "ProgrammeBoardApprovals",
                columns: new[] { "DesignId", "BoardId" });
        }
    }
}
