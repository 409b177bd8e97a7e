using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>Files uploaded together; its id is the correlation id of their pipeline jobs.</summary>
public class UploadBatch : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public int TotalFiles { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public Guid? CreatedByUserId { get; set; }
}
