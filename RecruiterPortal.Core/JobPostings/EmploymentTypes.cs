namespace RecruiterPortal.Core.JobPostings;

/// <summary>The employment types a posting can have, as stored and as the API spells them.</summary>
public static class EmploymentTypes
{
    public const string FullTime = "full_time";
    public const string PartTime = "part_time";
    public const string Contract = "contract";
    public const string Temporary = "temporary";
    public const string Internship = "internship";

    public static IReadOnlyList<string> All { get; } = [FullTime, PartTime, Contract, Temporary, Internship];
}
