namespace RecruiterPortal.Core.JobPostings;

/// <summary>How far the tenant's application to the posting has got.</summary>
public static class ApplicationStatuses
{
    public const string NotApplied = "not_applied";
    public const string Applied = "applied";
    public const string Interview = "interview";
    public const string Offer = "offer";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [NotApplied, Applied, Interview, Offer, Rejected];
}
