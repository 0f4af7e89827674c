using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReviewState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GateUnderReview",
                table: "CourseDesigns",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastVersionNumber",
                table: "CourseDesigns",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "CourseDesigns",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VersionUnderReview",
                table: "CourseDesigns",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GateUnderReview",
                table: "CourseDesigns");

            migrationBuilder.DropColumn(
                name: "LastVersionNumber",
                table: "CourseDesigns");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "CourseDesigns");

            migrationBuilder.DropColumn(
                name: "VersionUnderReview",
                table: "CourseDesigns");
        }
    }
}
