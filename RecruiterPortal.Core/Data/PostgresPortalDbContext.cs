using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Data;

/// <summary>The model on PostgreSQL, for several app instances; migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, ITenantContext? tenant)
    : PortalDbContext(options, tenant)
{
    protected override string SqlTrue => "TRUE";
}
