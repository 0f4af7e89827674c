using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MicroCred.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastVersionNumber",
                table: "CourseDesigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "CourseDesigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VersionUnderReview",
                table: "CourseDesigns",
                type: "INTEGER",
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
