using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.ApiKeys;

/// <summary>Creates, lists, revokes and authenticates the current tenant's API keys.</summary>
public sealed class ApiKeyService(IDbContextFactory<PortalDbContext> dbFactory, ITenantContext tenant, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Creates a key for the current tenant; its role may not exceed the creator's.</summary>
    public async Task<Result<CreatedApiKey>> CreateAsync(string name, string role, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        if (tenant.TenantId is not { } tenantId)
        {
            return Result<CreatedApiKey>.Fail("Sign in to create API keys.", "forbidden");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return Result<CreatedApiKey>.Fail("Give the key a name of 1 to 100 characters.", "invalid");
        }

        if (!PortalRoles.IsValid(role))
        {
            return Result<CreatedApiKey>.Fail($"Choose a role: {string.Join(", ", PortalRoles.All)}.", "invalid");
        }

        if (!PortalRoles.Includes(tenant.Role, role))
        {
            return Result<CreatedApiKey>.Fail($"A key cannot have more rights than you: your role is {tenant.Role}.", "forbidden");
        }

        var secret = ApiKeySecret.Generate();
        var key = await AddAsync(tenantId, name.Trim(), role, secret, tenant.UserId, cancellationToken);
        await audit.RecordAsync(AuditActions.ApiKeyCreated, AuditEntities.ApiKey, key.Id, $"{key.Name} ({key.Role})", cancellationToken);
        return Result<CreatedApiKey>.Ok(new CreatedApiKey(key, secret));
    }

    /// <summary>Registers a key whose secret was chosen by the operator (Bootstrap:ApiKey).</summary>
    public async Task<ApiKey> RegisterAsync(Guid tenantId, string name, string role, string secret, CancellationToken cancellationToken = default)
    {
        if (secret.Length < ApiKeySecret.MinLength)
        {
            throw new ArgumentException($"An API key must be at least {ApiKeySecret.MinLength} characters long.", nameof(secret));
        }

        return await AddAsync(tenantId, name, role, secret, null, cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid keyId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return false;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.ApiKeyRevoked, AuditEntities.ApiKey, key.Id, key.Name, cancellationToken);
        return true;
    }

    /// <summary>Finds the active key with this secret, across tenants: the key decides the tenant.</summary>
    public async Task<ApiKeyPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var match = await db.ApiKeys.IgnoreQueryFilters()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Join(db.Tenants, k => k.TenantId, t => t.Id, (k, t) => new { Key = k, TenantName = t.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (match is null)
        {
            return null;
        }

        // A key never outlives or outranks the person who created it: a deactivated creator's keys stop at
        // once, and a demoted creator's keys act with the creator's new role.
        var role = match.Key.Role;
        if (match.Key.CreatedByUserId is { } creatorId)
        {
            var creator = await db.Users.Where(u => u.Id == creatorId && u.TenantId == match.Key.TenantId)
                .Select(u => new { u.IsActive, u.Role }).SingleOrDefaultAsync(cancellationToken);
            if (creator is null || !creator.IsActive)
            {
                return null;
            }

            role = PortalRoles.Includes(creator.Role, role) ? role : creator.Role;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (match.Key.LastUsedAt is null || now - match.Key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            match.Key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyPrincipal(match.Key.Id, match.Key.Name, match.Key.TenantId, match.TenantName, role);
    }

    private async Task<ApiKey> AddAsync(Guid tenantId, string name, string role, string secret, Guid? createdBy, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = new ApiKey
        {
            TenantId = tenantId,
            Name = name,
            Role = role,
            Prefix = ApiKeySecret.PrefixOf(secret),
            KeyHash = ApiKeySecret.Hash(secret),
            CreatedByUserId = createdBy,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
