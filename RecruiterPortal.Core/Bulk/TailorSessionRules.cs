namespace RecruiterPortal.Core.Bulk;

/// <summary>How a session's status follows from its items.</summary>
public static class TailorSessionRules
{
    /// <summary>
    /// A cancelled session stays cancelled; otherwise it is processing until every item is done,
    /// then completed (none failed), failed (all failed) or partial (some failed).
    /// </summary>
    public static string Derive(int total, int completed, int failed, bool cancelled)
    {
        if (cancelled)
        {
            return TailorSessionStatuses.Cancelled;
        }

        if (completed + failed < total)
        {
            return TailorSessionStatuses.Processing;
        }

        if (failed == 0)
        {
            return TailorSessionStatuses.Completed;
        }

        return completed == 0 ? TailorSessionStatuses.Failed : TailorSessionStatuses.Partial;
    }

    /// <summary>Items per minute over the time since the first item started, and the time left at that pace.</summary>
    public static (double? PerMinute, TimeSpan? Remaining) Pace(int done, int total, DateTime? firstStartedAt, DateTime now)
    {
        if (firstStartedAt is not { } start || done == 0)
        {
            return (null, null);
        }

        var minutes = (now - start).TotalMinutes;
        if (minutes <= 0)
        {
            return (null, null);
        }

        var perMinute = done / minutes;
        var remaining = total - done;
        return (Math.Round(perMinute, 1), remaining <= 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(remaining / perMinute));
    }
}
