namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// What a job description asks for, as read by <see cref="JobDescriptionExtractor"/>: the skills
/// (canonical taxonomy names) split into required and preferred, the experience, seniority and
/// education asked, and the lines a recruiter or a tailored resume will want to quote.
/// </summary>
public sealed record JobProfile
{
    public string Title { get; init; } = "";

    /// <summary>Bullet and requirement lines, in the order they appear, outside benefit and company blurbs.</summary>
    public IReadOnlyList<string> RequirementLines { get; init; } = [];

    /// <summary>Canonical names of the skills the job requires, in order of first mention.</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];

    /// <summary>Canonical names of the skills that are nice to have, in order of first mention.</summary>
    public IReadOnlyList<string> PreferredSkills { get; init; } = [];

    /// <summary>How often each canonical skill is named in the whole description.</summary>
    public IReadOnlyDictionary<string, int> SkillMentionCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Important terms the taxonomy does not know (tools, domains, products), most important first.</summary>
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];

    /// <summary>Minimum years of experience asked ("5+ years", "3-5 years" gives 3); null when not stated.</summary>
    public double? MinYearsExperience { get; init; }

    public Seniority Seniority { get; init; }

    public EducationLevel EducationLevel { get; init; }

    /// <summary>Field of study asked for with the degree ("Computer Science"), when stated.</summary>
    public string? EducationField { get; init; }

    public IReadOnlyList<string> Benefits { get; init; } = [];

    public string? SalaryText { get; init; }
}
