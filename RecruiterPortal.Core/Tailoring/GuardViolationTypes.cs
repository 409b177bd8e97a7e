namespace RecruiterPortal.Core.Tailoring;

/// <summary>The kinds of fabrication <see cref="TailoringGuard"/> detects.</summary>
public static class GuardViolationTypes
{
    public const string NewEmployer = "new_employer";
    public const string NewTitle = "new_title";
    public const string NewDate = "new_date";
    public const string NewDegree = "new_degree";
    public const string NewInstitution = "new_institution";
    public const string NewCertification = "new_certification";
    public const string NewNumber = "new_number";
    public const string NewSkill = "new_skill";
    public const string ContactChanged = "contact_changed";
    public const string SectionDropped = "section_dropped";
}
