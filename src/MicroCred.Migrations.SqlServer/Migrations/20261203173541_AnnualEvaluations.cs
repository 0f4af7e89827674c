using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnnualEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevisionKind",
                table: "DesignVersions",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionOf",
                table: "CourseDesigns",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DesignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    StakeholderFeedback = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ActualLearners = table.Column<int>(type: "int", nullable: true),
                    ActualIncome = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    BusinessNotes = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedOffById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SignedOffByName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    RevisionOpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualEvaluations_CourseDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "CourseDesigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Key = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Steps = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CarriedOverFromId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationActions_AnnualEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AnnualEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    AuthorRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComments_AnnualEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AnnualEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPartnerConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPartnerConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPartnerConfirmations_AnnualEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "AnnualEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualEvaluations_DesignId_Year",
                table: "AnnualEvaluations",
                columns: new[] { "DesignId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_EvaluationId",
                table: "EvaluationActions",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationActions_Status_Deadline",
                table: "EvaluationActions",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComments_EvaluationId_At",
                table: "EvaluationComments",
                columns: new[] { "EvaluationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPartnerConfirmations_EvaluationId_InstitutionId",
                table: "EvaluationPartnerConfirmations",
                columns: new[] { "EvaluationId", "InstitutionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationActions");

            migrationBuilder.DropTable(
                name: "EvaluationComments");

            migrationBuilder.DropTable(
                name: "EvaluationPartnerConfirmations");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "AnnualEvaluations");

            migrationBuilder.DropColumn(
                name: "RevisionKind",
                table: "DesignVersions");

            migrationBuilder.DropColumn(
                name: "RevisionOf",
                table: "CourseDesigns");
        }
    }
}
