namespace RecruiterPortal.Core.JobPostings;

/// <summary>One demo posting's fields and description.</summary>
public sealed record DemoJobText(
    string Title,
    string Company,
    string Location,
    string EmploymentType,
    bool Remote,
    decimal SalaryMin,
    decimal SalaryMax,
    string Description);
