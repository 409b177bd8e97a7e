using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Storage;

/// <summary>
/// The pointer row of a stored file: which tenant holds which bytes, where, and how big. Unique
/// per (tenant, SHA-256), which is what makes storage idempotent.
/// </summary>
public class StoredFile : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The <see cref="IBlobStore.Provider"/> that holds the bytes.</summary>
    public required string Provider { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
