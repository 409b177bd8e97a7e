using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// What matching needs to know about one candidate, computed once from the parsed resume and its
/// text by <see cref="MatchFeatureBuilder"/>, so scoring many jobs never re-reads the resume.
/// </summary>
public sealed record CandidateFeatures
{
    /// <summary>Canonical skill name to the number of times the resume evidences it (at least 1 when listed).</summary>
    public IReadOnlyDictionary<string, int> SkillMentions { get; init; } = new Dictionary<string, int>();

    /// <summary>Years worked, counting overlapping positions once.</summary>
    public double YearsOfExperience { get; init; }

    public EducationLevel EducationLevel { get; init; }

    public IReadOnlyList<string> FieldsOfStudy { get; init; } = [];

    /// <summary>Job titles held, most recent first.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Match terms of each title (see <see cref="MatchTerms.TitleTerms"/>), most recent first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TitleTerms { get; init; } = [];

    /// <summary>Distinct match terms of the fields of study.</summary>
    public IReadOnlyList<string> FieldTerms { get; init; } = [];

    /// <summary>Seniority of the most recent title, or implied by years when the title does not say.</summary>
    public Seniority Seniority { get; init; }

    /// <summary>Term frequencies of the resume text for keyword relevance (see <see cref="MatchTerms"/>).</summary>
    public IReadOnlyDictionary<string, int> TermFrequencies { get; init; } = new Dictionary<string, int>();

    /// <summary>Number of terms in the resume text; the document length for keyword relevance.</summary>
    public int Length { get; init; }
}
