using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Storage;

/// <summary>
/// The bytes of a file kept by the <c>Database</c> storage provider, so several app instances on
/// one PostgreSQL server see the same files without a shared disk.
/// </summary>
public class BlobContent : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
}
