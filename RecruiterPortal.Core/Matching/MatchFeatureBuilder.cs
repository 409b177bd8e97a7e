using System.Text;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Matching;

/// <summary>Builds the match features of candidates and jobs, both through the same taxonomy and terms.</summary>
public sealed class MatchFeatureBuilder(SkillTaxonomy taxonomy)
{
    /// <summary>How many distinct terms a job query keeps; more adds noise and ranking cost, not accuracy.</summary>
    public const int MaxJobTerms = 40;

    private readonly MatchTerms _terms = new(taxonomy);

    /// <summary>
    /// Features of a candidate. Skill mentions are counted over <paramref name="rawText"/> (the
    /// resume's full text) when given, else over the parsed resume's own text; a listed skill
    /// counts at least once. Positions still current run to <paramref name="asOf"/>.
    /// </summary>
    public CandidateFeatures BuildCandidate(ParsedResume resume, string? rawText, DateOnly asOf)
    {
        var text = string.IsNullOrWhiteSpace(rawText) ? ComposeText(resume) : rawText;
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in taxonomy.FindMentions(text))
        {
            mentions[mention.Skill.Name] = mentions.GetValueOrDefault(mention.Skill.Name) + 1;
        }

        foreach (var listed in resume.Skills)
        {
            var name = taxonomy.Resolve(listed)?.Name;
            if (name is not null && !mentions.ContainsKey(name))
            {
                mentions[name] = 1;
            }
        }

        var terms = _terms.Extract(text);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }

        var titles = resume.Experience
            .Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.IsCurrent)
            .ThenByDescending(x => x.e.EndDate ?? x.e.StartDate ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.e.Title)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!.Trim())
            .ToList();
        var years = ExperienceCalculator.TotalYears(resume.Experience, asOf);
        var seniority = titles.Count > 0 ? SeniorityLevels.FromTitle(titles[0]) : Seniority.Unknown;
        if (seniority == Seniority.Unknown && years > 0)
        {
            seniority = SeniorityLevels.FromText("", years);
        }

        return new CandidateFeatures
        {
            SkillMentions = mentions,
            YearsOfExperience = years,
            EducationLevel = resume.Education.Select(e => EducationLevels.FromDegree(e.Degree)).DefaultIfEmpty(EducationLevel.None).Max(),
            FieldsOfStudy = resume.Education.Select(e => e.FieldOfStudy).OfType<string>().Where(f => f.Length > 0).ToList(),
            Titles = titles,
            TitleTerms = titles.Take(ScoringMath.MaxTitles).Select(t => (IReadOnlyList<string>)_terms.TitleTerms(t)).ToList(),
            FieldTerms = FieldTerms(resume.Education.Select(e => e.FieldOfStudy)),
            Seniority = seniority,
            TermFrequencies = frequencies,
            Length = terms.Count,
        };
    }

    /// <summary>Features of a job. Skill terms always make the query; other terms by frequency.</summary>
    public JobFeatures BuildJob(JobProfile job)
    {
        var required = job.RequiredSkills.Distinct(StringComparer.Ordinal).ToList();
        var preferred = job.PreferredSkills.Where(s => !required.Contains(s, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var text = string.Join('\n', job.RequirementLines.Prepend(job.Title));
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var term in _terms.Extract(text))
        {
            counts[term] = counts.TryGetValue(term, out var c) ? (c.Count + 1, c.First) : (1, position);
            position++;
        }

        var skillTerms = required.Concat(preferred).Select(MatchTerms.SkillTerm).Distinct(StringComparer.Ordinal).ToList();
        var others = counts
            .Where(c => !skillTerms.Contains(c.Key, StringComparer.Ordinal))
            .OrderByDescending(c => c.Value.Count)
            .ThenBy(c => c.Value.First)
            .Select(c => c.Key);
        return new JobFeatures
        {
            Title = job.Title,
            TitleTerms = _terms.TitleTerms(job.Title),
            Seniority = job.Seniority,
            RequiredSkills = required,
            PreferredSkills = preferred,
            SkillMentions = job.SkillMentionCounts,
            Terms = skillTerms.Concat(others).Take(Math.Max(MaxJobTerms, skillTerms.Count)).ToList(),
            MinYearsExperience = job.MinYearsExperience,
            EducationLevel = job.EducationLevel,
            EducationField = job.EducationField,
            EducationFieldTerms = FieldTerms([job.EducationField]),
        };
    }

    private List<string> FieldTerms(IEnumerable<string?> fields) =>
        fields.SelectMany(f => _terms.Extract(f)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The resume's own words when its original text is not at hand.</summary>
    public static string ComposeText(ParsedResume resume)
    {
        var sb = new StringBuilder();
        sb.AppendLine(resume.Summary);
        sb.AppendLine(string.Join(", ", resume.Skills));
        foreach (var job in resume.Experience)
        {
            sb.AppendLine(job.Title);
            sb.AppendLine(job.Company);
            foreach (var bullet in job.Bullets)
            {
                sb.AppendLine(bullet);
            }
        }

        foreach (var project in resume.Projects)
        {
            sb.AppendLine(project.Name);
            sb.AppendLine(project.Description);
            sb.AppendLine(string.Join(", ", project.Technologies));
        }

        foreach (var education in resume.Education)
        {
            sb.AppendLine(string.Join(' ', education.Degree, education.FieldOfStudy, education.Institution));
        }

        sb.AppendLine(string.Join('\n', resume.Certifications));
        return sb.ToString();
    }
}
