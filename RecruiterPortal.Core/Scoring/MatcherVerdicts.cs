using System.Globalization;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Per-requirement verdicts from the deterministic matcher, so the view works without a language
/// model: a skill the resume names at least twice is met, once is partial (named, little shown),
/// never is missing; experience and education compare the figures <see cref="MatchFeatureBuilder"/>
/// reads. Evidence is the first resume line that names the skill (or the degree).
/// </summary>
public sealed class MatcherVerdicts(SkillTaxonomy taxonomy)
{
    private const int MaxEvidenceLength = 200;
    private readonly MatchFeatureBuilder _features = new(taxonomy);

    /// <summary>The resume text verdicts and evidence are taken from: the full text when kept, else the parsed resume's.</summary>
    public static string TextOf(ParsedResume resume, string? rawText) =>
        string.IsNullOrWhiteSpace(rawText) ? MatchFeatureBuilder.ComposeText(resume) : rawText;

    public IReadOnlyList<RequirementVerdict> Judge(ParsedResume resume, string? rawText, JobProfile job, DateOnly asOf) =>
        Judge(JobRequirement.From(job), resume, rawText, job, asOf);

    public IReadOnlyList<RequirementVerdict> Judge(IReadOnlyList<JobRequirement> requirements, ParsedResume resume, string? rawText, JobProfile job, DateOnly asOf)
    {
        var candidate = _features.BuildCandidate(resume, rawText, asOf);
        var lines = TextOf(resume, rawText).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return requirements.Select(r => r.Kind switch
        {
            RequirementKinds.RequiredSkill or RequirementKinds.PreferredSkill => Skill(r, candidate, lines),
            RequirementKinds.Experience => Experience(r, candidate, job),
            _ => Education(r, candidate, resume, job, lines),
        }).ToList();
    }

    private RequirementVerdict Skill(JobRequirement r, CandidateFeatures candidate, List<string> lines)
    {
        var mentions = candidate.SkillMentions.GetValueOrDefault(r.Skill!);
        var evidence = lines.FirstOrDefault(l => taxonomy.FindMentions(l).Any(m => m.Skill.Name == r.Skill));
        var verdict = mentions >= 2 ? Verdicts.Met : mentions == 1 ? Verdicts.Partial : Verdicts.Missing;
        var reason = mentions switch
        {
            0 => "The resume does not name this skill.",
            1 => "Named once, with little shown of its use.",
            _ => $"Named {mentions} times.",
        };
        return new RequirementVerdict(r.Id, r.Text, r.Kind, verdict, verdict == Verdicts.Missing ? null : Clip(evidence), reason);
    }

    private static RequirementVerdict Experience(JobRequirement r, CandidateFeatures candidate, JobProfile job)
    {
        var asked = job.MinYearsExperience ?? 0;
        var years = candidate.YearsOfExperience;
        var verdict = years >= asked ? Verdicts.Met : years >= asked * 0.6 ? Verdicts.Partial : Verdicts.Missing;
        var latest = candidate.Titles.Count > 0 ? $"; latest title \"{candidate.Titles[0]}\"" : "";
        return new RequirementVerdict(r.Id, r.Text, r.Kind, verdict, null,
            $"{years.ToString("0.#", CultureInfo.InvariantCulture)} years in the positions listed against {asked.ToString("0.#", CultureInfo.InvariantCulture)} asked{latest}.");
    }

    private static RequirementVerdict Education(JobRequirement r, CandidateFeatures candidate, ParsedResume resume, JobProfile job, List<string> lines)
    {
        var have = candidate.EducationLevel;
        var verdict = have >= job.EducationLevel ? Verdicts.Met : have > EducationLevel.None && have + 1 >= job.EducationLevel ? Verdicts.Partial : Verdicts.Missing;
        var degree = resume.Education.Select(e => e.Degree).OfType<string>().FirstOrDefault(d => d.Length > 0);
        var evidence = degree is null ? null : lines.FirstOrDefault(l => l.Contains(degree, StringComparison.OrdinalIgnoreCase));
        var reason = have == EducationLevel.None ? "No degree listed." : $"{JobRequirement.Describe(have)} level listed.";
        return new RequirementVerdict(r.Id, r.Text, r.Kind, verdict, verdict == Verdicts.Missing ? null : Clip(evidence), reason);
    }

    private static string? Clip(string? line) =>
        line is null ? null : line.Length <= MaxEvidenceLength ? line : line[..MaxEvidenceLength].TrimEnd() + "…";
}
