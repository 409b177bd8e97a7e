using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>The saved output of one finished step of a job, so a later attempt resumes after it.</summary>
public class PipelineCheckpoint : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid JobId { get; set; }

    public required string Step { get; set; }

    public string StateJson { get; set; } = "null";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
