namespace RecruiterPortal.Core.Bulk;

/// <summary>Settings of bulk tailoring (section <c>Bulk</c>).</summary>
public sealed class BulkOptions
{
    public const string Section = "Bulk";

    /// <summary>The most candidates one session may tailor.</summary>
    public int MaxCandidatesPerSession { get; set; } = 1000;

    /// <summary>
    /// Tailorings one instance runs at once; becomes <c>Pipeline:KindConcurrency:tailor_resume</c>
    /// unless that is set itself.
    /// </summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Shortest time between two views of a watched session sent to its watchers on one instance.</summary>
    public TimeSpan LiveRefresh { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The same when more than <see cref="CrowdSize"/> pages watch one session on one instance: a crowd
    /// gets fewer, fuller views, so its renders (on the server and in every browser) stay affordable.
    /// </summary>
    public TimeSpan CrowdRefresh { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Watchers of one session on one instance above which <see cref="CrowdRefresh"/> applies.</summary>
    public int CrowdSize { get; set; } = 20;

    /// <summary>The pause between two views for a session with <paramref name="watchers"/> watchers here.</summary>
    public TimeSpan RefreshFor(int watchers) => watchers > CrowdSize ? CrowdRefresh : LiveRefresh;
}
