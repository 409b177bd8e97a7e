using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecruiterPortal.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddErrorLogs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "error_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 101, nullable: false),
                    where = table.Column<string>(type: "TEXT", maxLength: 301, nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    exception_type = table.Column<string>(type: "TEXT", maxLength: 201, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1001, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 16001, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_error_logs", x => x.id);
                    table.ForeignKey(
                        name: "FK_error_logs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_error_logs_tenant_id_occurred_at",
                table: "error_logs",
                columns: new[] { "tenant_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_error_logs_tenant_id_reference",
                table: "error_logs",
                columns: new[] { "tenant_id", "reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "error_logs");
        }
    }
}
