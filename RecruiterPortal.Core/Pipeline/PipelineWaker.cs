using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// Tells workers that jobs became runnable: this instance's at once, and on PostgreSQL every
/// other instance through <c>NOTIFY portal_jobs</c> (delivered when the caller's transaction commits).
/// </summary>
public sealed class PipelineWaker(PipelineWakeSignal signal)
{
    public const string Channel = "portal_jobs";

    public async Task NotifyAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"NOTIFY {Channel}", cancellationToken);
        }
    }

    public void WakeLocal() => signal.Signal();
}
