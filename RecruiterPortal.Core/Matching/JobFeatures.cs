using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Matching;

/// <summary>What matching needs from a job, computed once by <see cref="MatchFeatureBuilder"/>.</summary>
public sealed record JobFeatures
{
    public string Title { get; init; } = "";

    /// <summary>Title terms without seniority words, so "Senior Nurse" and "Nurse" share their terms.</summary>
    public IReadOnlyList<string> TitleTerms { get; init; } = [];

    public Seniority Seniority { get; init; }

    public IReadOnlyList<string> RequiredSkills { get; init; } = [];

    public IReadOnlyList<string> PreferredSkills { get; init; } = [];

    /// <summary>How often the job names each skill; shown beside resume mentions.</summary>
    public IReadOnlyDictionary<string, int> SkillMentions { get; init; } = new Dictionary<string, int>();

    /// <summary>The job's distinct query terms for keyword relevance, most important first.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public double? MinYearsExperience { get; init; }

    public EducationLevel EducationLevel { get; init; }

    public string? EducationField { get; init; }

    /// <summary>Match terms of the field of study; a candidate sharing one studied the field asked.</summary>
    public IReadOnlyList<string> EducationFieldTerms { get; init; } = [];
}
