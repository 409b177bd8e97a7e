using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RecruiterPortal.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xml = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "portal_secret",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    protected_value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_secret", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    require_two_factor = table.Column<bool>(type: "boolean", nullable: false),
                    retention_days = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    key_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "FK_api_keys_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    detail = table.Column<string>(type: "character varying(501)", maxLength: 501, nullable: true),
                    origin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_logs", x => x.id);
                    table.ForeignKey(
                        name: "FK_audit_logs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "blob_content",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blob_content", x => x.id);
                    table.ForeignKey(
                        name: "FK_blob_content_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    email_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    phone_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    linkedin_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    github_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    certifications = table.Column<string>(type: "text", nullable: false),
                    languages = table.Column<string>(type: "text", nullable: false),
                    total_years_experience = table.Column<double>(type: "double precision", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    current_resume_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate", x => x.id);
                    table.ForeignKey(
                        name: "FK_candidate_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employers", x => x.id);
                    table.ForeignKey(
                        name: "FK_employers_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_posting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    employment_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    remote = table.Column<bool>(type: "boolean", nullable: false),
                    salary_min = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    salary_max = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    salary_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    salary_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    application_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    profile_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    overrides_json = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_posting", x => x.id);
                    table.ForeignKey(
                        name: "FK_job_posting_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pipeline_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    step = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    payload_json = table.Column<string>(type: "text", nullable: false),
                    result_json = table.Column<string>(type: "text", nullable: true),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    error_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    max_attempts = table.Column<int>(type: "integer", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    correlation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lock_token = table.Column<Guid>(type: "uuid", nullable: true),
                    worker_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    heartbeat_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    run_after = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pipeline_jobs", x => x.id);
                    table.ForeignKey(
                        name: "FK_pipeline_jobs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stored_file",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_file", x => x.id);
                    table.ForeignKey(
                        name: "FK_stored_file_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tenant_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ai_provider = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ai_endpoint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ai_model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ai_key_protected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ai_requests_per_minute = table.Column<int>(type: "integer", nullable: true),
                    max_file_megabytes = table.Column<int>(type: "integer", nullable: true),
                    max_files_per_batch = table.Column<int>(type: "integer", nullable: true),
                    quota_resumes = table.Column<int>(type: "integer", nullable: true),
                    quota_megabytes = table.Column<int>(type: "integer", nullable: true),
                    bulk_concurrency = table.Column<int>(type: "integer", nullable: true),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenant_settings", x => x.id);
                    table.ForeignKey(
                        name: "FK_tenant_settings_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "upload_batch",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    total_files = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_upload_batch", x => x.id);
                    table.ForeignKey(
                        name: "FK_upload_batch_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_sign_in_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    invitation_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    invitation_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    security_stamp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    phone_number = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                    table.ForeignKey(
                        name: "FK_users_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "weightage_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    required_skills = table.Column<double>(type: "double precision", nullable: false),
                    preferred_skills = table.Column<double>(type: "double precision", nullable: false),
                    keyword_relevance = table.Column<double>(type: "double precision", nullable: false),
                    title_similarity = table.Column<double>(type: "double precision", nullable: false),
                    experience_fit = table.Column<double>(type: "double precision", nullable: false),
                    education_fit = table.Column<double>(type: "double precision", nullable: false),
                    ai_weight = table.Column<double>(type: "double precision", nullable: false),
                    disagreement_threshold = table.Column<double>(type: "double precision", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_weightage_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_weightage_profiles_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate_education",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    degree = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    field_of_study = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    start_date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    end_date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    gpa = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_education", x => x.id);
                    table.ForeignKey(
                        name: "FK_candidate_education_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_candidate_education_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate_project",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    technologies = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_project", x => x.id);
                    table.ForeignKey(
                        name: "FK_candidate_project_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_candidate_project_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate_skill",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    skill_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mentions = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_skill", x => x.id);
                    table.ForeignKey(
                        name: "FK_candidate_skill_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_candidate_skill_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "writing_sample",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    original_filename = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    original_text = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    word_count = table.Column<int>(type: "integer", nullable: false),
                    character_count = table.Column<int>(type: "integer", nullable: false),
                    line_count = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    archived_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    extracted_style_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    extraction_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    extraction_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    extraction_confidence = table.Column<double>(type: "double precision", nullable: true),
                    extracted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    extraction_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_writing_sample", x => x.id);
                    table.ForeignKey(
                        name: "FK_writing_sample_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_writing_sample_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "candidate_experience",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    company = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    start_date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    end_date = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    bullets = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidate_experience", x => x.id);
                    table.ForeignKey(
                        name: "FK_candidate_experience_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_candidate_experience_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_candidate_experience_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_aliases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    variant = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employer_aliases", x => x.id);
                    table.ForeignKey(
                        name: "FK_employer_aliases_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_employer_aliases_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_departments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employer_departments", x => x.id);
                    table.ForeignKey(
                        name: "FK_employer_departments_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_employer_departments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employer_roles", x => x.id);
                    table.ForeignKey(
                        name: "FK_employer_roles_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_employer_roles_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ai_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ai_provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ai_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    overall_score = table.Column<double>(type: "double precision", nullable: true),
                    model_score = table.Column<double>(type: "double precision", nullable: true),
                    ai_score_json = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    ai_raw_response = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    warnings = table.Column<string>(type: "text", nullable: false),
                    error = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    error_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ai_requests = table.Column<int>(type: "integer", nullable: true),
                    ai_retries = table.Column<int>(type: "integer", nullable: true),
                    ai_prompt_tokens = table.Column<long>(type: "bigint", nullable: true),
                    ai_completion_tokens = table.Column<long>(type: "bigint", nullable: true),
                    pipeline_job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_scores", x => x.id);
                    table.ForeignKey(
                        name: "FK_ai_scores_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ai_scores_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ai_scores_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "analysis_session",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_version = table.Column<int>(type: "integer", nullable: false),
                    weightage_version = table.Column<int>(type: "integer", nullable: false),
                    weightage_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_session", x => x.id);
                    table.ForeignKey(
                        name: "FK_analysis_session_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_analysis_session_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_ranking",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_version = table.Column<int>(type: "integer", nullable: false),
                    experiences_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    projects_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    skills_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    user_modified = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_ranking", x => x.id);
                    table.ForeignKey(
                        name: "FK_content_ranking_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_content_ranking_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_content_ranking_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "jd_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    snapshot_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jd_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_jd_versions_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_jd_versions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    job_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_version = table.Column<int>(type: "integer", nullable: false),
                    top_n = table.Column<int>(type: "integer", nullable: false),
                    ranked_count = table.Column<int>(type: "integer", nullable: false),
                    weightage_version = table.Column<int>(type: "integer", nullable: false),
                    weights_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_reports_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_reports_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tailor_session",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    options_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    paused = table.Column<bool>(type: "boolean", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    completed_count = table.Column<int>(type: "integer", nullable: false),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tailor_session", x => x.id);
                    table.ForeignKey(
                        name: "FK_tailor_session_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_tailor_session_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pipeline_checkpoints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pipeline_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "FK_pipeline_checkpoints_pipeline_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "pipeline_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resume",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: true),
                    upload_batch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    job_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    error_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    raw_text = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    parsed_json = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    duplicate_of_resume_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resume", x => x.id);
                    table.ForeignKey(
                        name: "FK_resume_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resume_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resume_upload_batch_upload_batch_id",
                        column: x => x.upload_batch_id,
                        principalTable: "upload_batch",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    claim_value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    provider_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    provider_display_name = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    name = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_resolutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ai_score_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_score = table.Column<double>(type: "double precision", nullable: false),
                    ai_score_value = table.Column<double>(type: "double precision", nullable: false),
                    ai_weight = table.Column<double>(type: "double precision", nullable: false),
                    resolved_score = table.Column<double>(type: "double precision", nullable: false),
                    disagreement = table.Column<double>(type: "double precision", nullable: false),
                    disagreement_threshold = table.Column<double>(type: "double precision", nullable: false),
                    needs_review = table.Column<bool>(type: "boolean", nullable: false),
                    review_reason = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    weightage_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "FK_score_resolutions_ai_scores_ai_score_id",
                        column: x => x.ai_score_id,
                        principalTable: "ai_scores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_score_resolutions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_rows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: true),
                    candidate_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    candidate_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    local_score = table.Column<double>(type: "double precision", nullable: false),
                    components_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    matched_skills = table.Column<string>(type: "text", nullable: false),
                    missing_skills = table.Column<string>(type: "text", nullable: false),
                    verdicts_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    explanation = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    ai_score = table.Column<double>(type: "double precision", nullable: true),
                    ai_verdict_summary = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    tailoring_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tailoring_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    tailored_score = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_rows", x => x.id);
                    table.ForeignKey(
                        name: "FK_report_rows_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_report_rows_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tailored_resume",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    job_posting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    writing_sample_id = table.Column<Guid>(type: "uuid", nullable: true),
                    style_json = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    processing_error = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    processing_step = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    processing_progress = table.Column<int>(type: "integer", nullable: false),
                    processing_started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    processing_completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    processing_duration_seconds = table.Column<double>(type: "double precision", nullable: true),
                    original_markdown = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    original_keywords = table.Column<string>(type: "text", nullable: false),
                    tailored_markdown = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    tailored_html = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    tailored_keywords = table.Column<string>(type: "text", nullable: false),
                    original_match_score = table.Column<double>(type: "double precision", nullable: true),
                    tailored_match_score = table.Column<double>(type: "double precision", nullable: true),
                    score_improvement = table.Column<double>(type: "double precision", nullable: true),
                    job_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_keywords = table.Column<string>(type: "text", nullable: false),
                    matched_skills = table.Column<string>(type: "text", nullable: false),
                    missing_skills = table.Column<string>(type: "text", nullable: false),
                    added_skills = table.Column<string>(type: "text", nullable: false),
                    improvements_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    skill_comparison_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    ai_provider = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ai_model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    iterations_used = table.Column<int>(type: "integer", nullable: false),
                    ai_prompt_tokens = table.Column<long>(type: "bigint", nullable: true),
                    ai_completion_tokens = table.Column<long>(type: "bigint", nullable: true),
                    ai_requests = table.Column<int>(type: "integer", nullable: true),
                    ai_retries = table.Column<int>(type: "integer", nullable: true),
                    options_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    rejected_changes_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    warnings = table.Column<string>(type: "text", nullable: false),
                    declined_improvements_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    final_markdown = table.Column<string>(type: "text", maxLength: 4000, nullable: true),
                    final_match_score = table.Column<double>(type: "double precision", nullable: true),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tailored_resume", x => x.id);
                    table.ForeignKey(
                        name: "FK_tailored_resume_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tailored_resume_job_posting_job_posting_id",
                        column: x => x.job_posting_id,
                        principalTable: "job_posting",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_tailored_resume_tailor_session_session_id",
                        column: x => x.session_id,
                        principalTable: "tailor_session",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tailored_resume_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tailored_resume_writing_sample_writing_sample_id",
                        column: x => x.writing_sample_id,
                        principalTable: "writing_sample",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "resume_analysis",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resume_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    analysis_session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    components_json = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    matched_skills = table.Column<string>(type: "text", nullable: false),
                    missing_skills = table.Column<string>(type: "text", nullable: false),
                    explanation = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resume_analysis", x => x.id);
                    table.ForeignKey(
                        name: "FK_resume_analysis_analysis_session_analysis_session_id",
                        column: x => x.analysis_session_id,
                        principalTable: "analysis_session",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resume_analysis_candidate_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resume_analysis_resume_resume_id",
                        column: x => x.resume_id,
                        principalTable: "resume",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_resume_analysis_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ai_scores_candidate_id",
                table: "ai_scores",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_ai_scores_job_posting_id",
                table: "ai_scores",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_ai_scores_tenant_id_job_posting_id_candidate_id_created_at",
                table: "ai_scores",
                columns: new[] { "tenant_id", "job_posting_id", "candidate_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_analysis_session_job_posting_id",
                table: "analysis_session",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_session_tenant_id_job_posting_id_job_version_weigh~",
                table: "analysis_session",
                columns: new[] { "tenant_id", "job_posting_id", "job_version", "weightage_hash" });

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash");

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_tenant_id_prefix",
                table: "api_keys",
                columns: new[] { "tenant_id", "prefix" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_logs_tenant_id_entity_type_entity_id",
                table: "audit_logs",
                columns: new[] { "tenant_id", "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_logs_tenant_id_occurred_at",
                table: "audit_logs",
                columns: new[] { "tenant_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_blob_content_tenant_id_sha256",
                table: "blob_content",
                columns: new[] { "tenant_id", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_candidate_tenant_id_email_hash",
                table: "candidate",
                columns: new[] { "tenant_id", "email_hash" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_tenant_id_phone_hash",
                table: "candidate",
                columns: new[] { "tenant_id", "phone_hash" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_tenant_id_updated_at",
                table: "candidate",
                columns: new[] { "tenant_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_education_candidate_id",
                table: "candidate_education",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_education_tenant_id_candidate_id_sort_order",
                table: "candidate_education",
                columns: new[] { "tenant_id", "candidate_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_experience_candidate_id",
                table: "candidate_experience",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_experience_employer_id",
                table: "candidate_experience",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_experience_tenant_id_candidate_id_sort_order",
                table: "candidate_experience",
                columns: new[] { "tenant_id", "candidate_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_experience_tenant_id_employer_id",
                table: "candidate_experience",
                columns: new[] { "tenant_id", "employer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_project_candidate_id",
                table: "candidate_project",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_project_tenant_id_candidate_id_sort_order",
                table: "candidate_project",
                columns: new[] { "tenant_id", "candidate_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "IX_candidate_skill_candidate_id",
                table: "candidate_skill",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_candidate_skill_tenant_id_candidate_id_skill_name",
                table: "candidate_skill",
                columns: new[] { "tenant_id", "candidate_id", "skill_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_candidate_skill_tenant_id_skill_name",
                table: "candidate_skill",
                columns: new[] { "tenant_id", "skill_name" });

            migrationBuilder.CreateIndex(
                name: "IX_content_ranking_candidate_id",
                table: "content_ranking",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_content_ranking_job_posting_id",
                table: "content_ranking",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_content_ranking_tenant_id_candidate_id_job_posting_id",
                table: "content_ranking",
                columns: new[] { "tenant_id", "candidate_id", "job_posting_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employer_aliases_employer_id",
                table: "employer_aliases",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "IX_employer_aliases_tenant_id_employer_id",
                table: "employer_aliases",
                columns: new[] { "tenant_id", "employer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_employer_aliases_tenant_id_key",
                table: "employer_aliases",
                columns: new[] { "tenant_id", "key" });

            migrationBuilder.CreateIndex(
                name: "IX_employer_aliases_tenant_id_variant",
                table: "employer_aliases",
                columns: new[] { "tenant_id", "variant" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employer_departments_employer_id",
                table: "employer_departments",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "IX_employer_departments_tenant_id_employer_id_key",
                table: "employer_departments",
                columns: new[] { "tenant_id", "employer_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employer_roles_employer_id",
                table: "employer_roles",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "IX_employer_roles_tenant_id_employer_id_key",
                table: "employer_roles",
                columns: new[] { "tenant_id", "employer_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employers_tenant_id_key",
                table: "employers",
                columns: new[] { "tenant_id", "key" });

            migrationBuilder.CreateIndex(
                name: "IX_employers_tenant_id_name",
                table: "employers",
                columns: new[] { "tenant_id", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_jd_versions_job_posting_id",
                table: "jd_versions",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_jd_versions_tenant_id_job_posting_id_version_number",
                table: "jd_versions",
                columns: new[] { "tenant_id", "job_posting_id", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_job_posting_tenant_id_status_updated_at",
                table: "job_posting",
                columns: new[] { "tenant_id", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_pipeline_checkpoints_job_id",
                table: "pipeline_checkpoints",
                column: "job_id");

            migrationBuilder.CreateIndex(
                name: "IX_pipeline_checkpoints_tenant_id_job_id_step",
                table: "pipeline_checkpoints",
                columns: new[] { "tenant_id", "job_id", "step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pipeline_jobs_status_run_after_priority_created_at",
                table: "pipeline_jobs",
                columns: new[] { "status", "run_after", "priority", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_pipeline_jobs_tenant_id_correlation_id",
                table: "pipeline_jobs",
                columns: new[] { "tenant_id", "correlation_id" });

            migrationBuilder.CreateIndex(
                name: "IX_report_rows_report_id",
                table: "report_rows",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_report_rows_tenant_id_candidate_id",
                table: "report_rows",
                columns: new[] { "tenant_id", "candidate_id" });

            migrationBuilder.CreateIndex(
                name: "IX_report_rows_tenant_id_report_id_rank",
                table: "report_rows",
                columns: new[] { "tenant_id", "report_id", "rank" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_job_posting_id",
                table: "reports",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_reports_tenant_id_created_at",
                table: "reports",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_tenant_id_job_posting_id",
                table: "reports",
                columns: new[] { "tenant_id", "job_posting_id" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_candidate_id",
                table: "resume",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_resume_tenant_id_candidate_id_version_number",
                table: "resume",
                columns: new[] { "tenant_id", "candidate_id", "version_number" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_tenant_id_sha256",
                table: "resume",
                columns: new[] { "tenant_id", "sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_tenant_id_upload_batch_id",
                table: "resume",
                columns: new[] { "tenant_id", "upload_batch_id" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_upload_batch_id",
                table: "resume",
                column: "upload_batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_resume_analysis_analysis_session_id",
                table: "resume_analysis",
                column: "analysis_session_id");

            migrationBuilder.CreateIndex(
                name: "IX_resume_analysis_candidate_id",
                table: "resume_analysis",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_resume_analysis_resume_id",
                table: "resume_analysis",
                column: "resume_id");

            migrationBuilder.CreateIndex(
                name: "IX_resume_analysis_tenant_id_analysis_session_id_score",
                table: "resume_analysis",
                columns: new[] { "tenant_id", "analysis_session_id", "score" });

            migrationBuilder.CreateIndex(
                name: "IX_resume_analysis_tenant_id_resume_id_analysis_session_id",
                table: "resume_analysis",
                columns: new[] { "tenant_id", "resume_id", "analysis_session_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_resolutions_ai_score_id",
                table: "score_resolutions",
                column: "ai_score_id");

            migrationBuilder.CreateIndex(
                name: "IX_score_resolutions_tenant_id_ai_score_id",
                table: "score_resolutions",
                columns: new[] { "tenant_id", "ai_score_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_score_resolutions_tenant_id_job_posting_id_needs_review",
                table: "score_resolutions",
                columns: new[] { "tenant_id", "job_posting_id", "needs_review" });

            migrationBuilder.CreateIndex(
                name: "IX_stored_file_tenant_id_sha256",
                table: "stored_file",
                columns: new[] { "tenant_id", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tailor_session_job_posting_id",
                table: "tailor_session",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_tailor_session_tenant_id_created_at",
                table: "tailor_session",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_candidate_id",
                table: "tailored_resume",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_job_posting_id",
                table: "tailored_resume",
                column: "job_posting_id");

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_session_id",
                table: "tailored_resume",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_tenant_id_candidate_id_job_posting_id",
                table: "tailored_resume",
                columns: new[] { "tenant_id", "candidate_id", "job_posting_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_tenant_id_created_at",
                table: "tailored_resume",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_tailored_resume_writing_sample_id",
                table: "tailored_resume",
                column: "writing_sample_id");

            migrationBuilder.CreateIndex(
                name: "IX_tenant_settings_tenant_id",
                table: "tenant_settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tenants_name",
                table: "tenants",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_tenants_slug",
                table: "tenants",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_upload_batch_tenant_id_created_at",
                table: "upload_batch",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_invitation_token_hash",
                table: "users",
                column: "invitation_token_hash");

            migrationBuilder.CreateIndex(
                name: "IX_users_tenant_id_role",
                table: "users",
                columns: new[] { "tenant_id", "role" });

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_weightage_profiles_tenant_id",
                table: "weightage_profiles",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_writing_sample_candidate_id",
                table: "writing_sample",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_writing_sample_tenant_id_candidate_id_document_type_is_acti~",
                table: "writing_sample",
                columns: new[] { "tenant_id", "candidate_id", "document_type", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ux_writing_samples_active",
                table: "writing_sample",
                columns: new[] { "tenant_id", "candidate_id", "document_type" },
                unique: true,
                filter: "\"is_active\" = TRUE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_logs");

            migrationBuilder.DropTable(
                name: "blob_content");

            migrationBuilder.DropTable(
                name: "candidate_education");

            migrationBuilder.DropTable(
                name: "candidate_experience");

            migrationBuilder.DropTable(
                name: "candidate_project");

            migrationBuilder.DropTable(
                name: "candidate_skill");

            migrationBuilder.DropTable(
                name: "content_ranking");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "employer_aliases");

            migrationBuilder.DropTable(
                name: "employer_departments");

            migrationBuilder.DropTable(
                name: "employer_roles");

            migrationBuilder.DropTable(
                name: "jd_versions");

            migrationBuilder.DropTable(
                name: "pipeline_checkpoints");

            migrationBuilder.DropTable(
                name: "portal_secret");

            migrationBuilder.DropTable(
                name: "report_rows");

            migrationBuilder.DropTable(
                name: "resume_analysis");

            migrationBuilder.DropTable(
                name: "score_resolutions");

            migrationBuilder.DropTable(
                name: "stored_file");

            migrationBuilder.DropTable(
                name: "tailored_resume");

            migrationBuilder.DropTable(
                name: "tenant_settings");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "weightage_profiles");

            migrationBuilder.DropTable(
                name: "employers");

            migrationBuilder.DropTable(
                name: "pipeline_jobs");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "analysis_session");

            migrationBuilder.DropTable(
                name: "resume");

            migrationBuilder.DropTable(
                name: "ai_scores");

            migrationBuilder.DropTable(
                name: "tailor_session");

            migrationBuilder.DropTable(
                name: "writing_sample");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "upload_batch");

            migrationBuilder.DropTable(
                name: "job_posting");

            migrationBuilder.DropTable(
                name: "candidate");

            migrationBuilder.DropTable(
                name: "tenants");
        }
    }
}
