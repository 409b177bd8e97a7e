using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Queues a <c>score_job</c> for a posting unless one is already waiting or running, so saving a
/// posting or reading its ranking repeatedly never piles up identical work.
/// </summary>
public sealed class ScoreJobScheduler(PortalDbContext db, IPipelineQueue queue)
{
    public async Task<bool> EnsureQueuedAsync(Guid jobPostingId, CancellationToken cancellationToken)
    {
        var pending = await db.PipelineJobs.AnyAsync(
            j => j.Kind == ScoreJobHandler.JobKind && j.SubjectId == jobPostingId
                && (j.Status == PipelineJobStatus.Queued || j.Status == PipelineJobStatus.Processing),
            cancellationToken);
        if (pending)
        {
            return false;
        }

        await queue.EnqueueAsync(new PipelineJobRequest(db.CurrentTenantId, ScoreJobHandler.JobKind, new ScoreJobPayload(jobPostingId), SubjectId: jobPostingId), cancellationToken);
        return true;
    }
}
