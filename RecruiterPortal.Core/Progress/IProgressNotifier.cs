namespace RecruiterPortal.Core.Progress;

/// <summary>
/// Publish/subscribe of <see cref="ProgressEvent"/>s. In-process for one instance; on PostgreSQL the
/// same events also reach subscribers on every other app instance.
/// </summary>
public interface IProgressNotifier
{
    void Publish(ProgressEvent progress);

    /// <summary>Subscribes to one tenant's events on one topic; dispose to unsubscribe.</summary>
    IDisposable Subscribe(Guid tenantId, string topic, Func<ProgressEvent, Task> handler);
}
