using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.ApiKeys;

/// <summary>
/// A tenant's key for the HTTP API. Only a SHA-256 hash of the secret is stored; the secret is
/// shown once when the key is created. A key acts with its own role, never above its creator's.
/// </summary>
public class ApiKey : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the secret, shown in lists so a key can be recognised.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }

    public required string Role { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
