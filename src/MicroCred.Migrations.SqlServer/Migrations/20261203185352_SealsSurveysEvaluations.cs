using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SealsSurveysEvaluations : Migration
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
                type: "varchar(2000)",
                unicode: false,
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatusListIndex",
                table: "IssuedCredentials",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateSignatoryName",
                table: "Institutions",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateSignatoryRole",
                table: "Institutions",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

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
                name: "InstitutionSigningKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KeyId = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "varchar(max)", unicode: false, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionSigningKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionSigningKeys_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CohortId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DesignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DefinitionJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SharedCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OpenedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpenedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Surveys_CourseDesigns_DesignId",
                        column: x => x.DesignId,
                        principalTable: "CourseDesigns",
                        principalColumn: "Id");
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

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswersJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId_StatusListIndex",
                table: "IssuedCredentials",
                columns: new[] { "IssuingInstitutionId", "StatusListIndex" },
                unique: true,
                filter: "[StatusListIndex] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionSigningKeys_Current",
                table: "InstitutionSigningKeys",
                column: "InstitutionId",
                unique: true,
                filter: "\"RetiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionSigningKeys_InstitutionId_CreatedAt",
                table: "InstitutionSigningKeys",
                columns: new[] { "InstitutionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionSigningKeys_KeyId",
                table: "InstitutionSigningKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId",
                table: "SurveyInvitations",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId",
                table: "SurveyResponses",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_ClosedAt_ClosesOn",
                table: "Surveys",
                columns: new[] { "ClosedAt", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_CohortId",
                table: "Surveys",
                column: "CohortId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_DesignId",
                table: "Surveys",
                column: "DesignId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_SharedCode",
                table: "Surveys",
                column: "SharedCode",
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
                name: "InstitutionSigningKeys");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "AnnualEvaluations");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId_StatusListIndex",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "Seal",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "StatusListIndex",
                table: "IssuedCredentials");

            migrationBuilder.DropColumn(
                name: "CertificateSignatoryName",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "CertificateSignatoryRole",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "RevisionKind",
                table: "DesignVersions");

            migrationBuilder.DropColumn(
                name: "RevisionOf",
                table: "CourseDesigns");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_IssuingInstitutionId",
                table: "IssuedCredentials",
                column: "IssuingInstitutionId");
        }
    }
}
