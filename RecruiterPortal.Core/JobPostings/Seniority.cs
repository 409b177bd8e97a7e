namespace RecruiterPortal.Core.JobPostings;

/// <summary>How senior a role (or a person's role) is, ordered from least to most senior.</summary>
public enum Seniority
{
    Unknown = 0,
    Intern = 1,
    Junior = 2,
    Mid = 3,
    Senior = 4,
    Lead = 5,
    Principal = 6,
    Manager = 7,
}
