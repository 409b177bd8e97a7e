using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// One durable unit of background work. Any worker of any app instance may claim it; the
/// <see cref="LockToken"/> identifies the claim, so a worker whose job was reclaimed after a missed
/// heartbeat can no longer change it.
/// </summary>
public class PipelineJob : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Kind { get; set; }

    /// <summary>One of <see cref="PipelineJobStatus"/>.</summary>
    public string Status { get; set; } = PipelineJobStatus.Queued;

    public string? Step { get; set; }

    public int Percent { get; set; }

    public string? Message { get; set; }

    public string PayloadJson { get; set; } = "{}";

    public string? ResultJson { get; set; }

    /// <summary>Shown to the recruiter when the job failed.</summary>
    public string? Error { get; set; }

    public string? ErrorCode { get; set; }

    /// <summary>Runs started so far, counted when a worker claims the job.</summary>
    public int Attempts { get; set; }

    public int MaxAttempts { get; set; } = 3;

    /// <summary>Higher runs first; equal priorities run in the order they were queued.</summary>
    public int Priority { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? SubjectId { get; set; }

    public Guid? LockToken { get; set; }

    public string? WorkerId { get; set; }

    public DateTime? HeartbeatAt { get; set; }

    /// <summary>Not claimed before this time: the back-off after a transient failure.</summary>
    public DateTime RunAfter { get; set; } = DateTime.UtcNow;

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }
}
