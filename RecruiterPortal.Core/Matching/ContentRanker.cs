using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Orders a resume's content by relevance to a job, so tailoring can lead with what the job asks
/// for. An item's relevance comes mostly from the job's skills it evidences (required count fully,
/// nice-to-have half), then from shared wording and, for experiences, a similar title.
/// </summary>
public sealed class ContentRanker(SkillTaxonomy taxonomy)
{
    /// <summary>Skills an item must show to count as fully relevant; jobs rarely need one item to show more.</summary>
    private const double SkillsForFullCredit = 3;

    private readonly MatchTerms _terms = new(taxonomy);

    public ContentRankings Rank(ParsedResume resume, JobProfile job)
    {
        var required = new HashSet<string>(job.RequiredSkills, StringComparer.Ordinal);
        var preferred = new HashSet<string>(job.PreferredSkills.Where(s => !required.Contains(s)), StringComparer.Ordinal);
        var jobTerms = new HashSet<string>(_terms.Extract(string.Join('\n', job.RequirementLines.Prepend(job.Title))), StringComparer.Ordinal);
        var jobTitle = _terms.TitleTerms(job.Title);

        var experiences = resume.Experience.Select((e, i) =>
        {
            var text = string.Join('\n', e.Bullets.Prepend(e.Title ?? ""));
            var titleTerms = _terms.TitleTerms(e.Title);
            var titleOverlap = jobTitle.Count == 0 ? 0 : (double)jobTitle.Count(titleTerms.Contains) / jobTitle.Count;
            return Score(i, Label(e.Title, e.Company), text, required, preferred, jobTerms, titleOverlap, 0.15);
        });
        var projects = resume.Projects.Select((p, i) =>
            Score(i, p.Name ?? $"Project {i + 1}", string.Join('\n', p.Name, p.Description, string.Join(", ", p.Technologies)),
                required, preferred, jobTerms, 0, 0));
        var skills = resume.Skills.Select((s, i) => RankSkill(i, s, required, preferred, jobTerms));
        return new ContentRankings(Order(experiences), Order(projects), Order(skills));
    }

    private RankedContent Score(int index, string label, string text, HashSet<string> required, HashSet<string> preferred,
        HashSet<string> jobTerms, double titleOverlap, double titleWeight)
    {
        var found = taxonomy.FindMentions(text).Select(m => m.Skill.Name).Distinct(StringComparer.Ordinal).ToList();
        var usesRequired = found.Where(required.Contains).ToList();
        var usesPreferred = found.Where(preferred.Contains).ToList();
        var skillScore = Math.Min(1, (usesRequired.Count + 0.5 * usesPreferred.Count) / SkillsForFullCredit);
        var terms = _terms.Extract(text).Where(t => !t.StartsWith(MatchTerms.SkillPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var shared = terms.Where(jobTerms.Contains).ToList();
        var wording = terms.Count == 0 ? 0 : Math.Min(1, shared.Count / Math.Min(8.0, Math.Max(3.0, terms.Count)));
        var skillWeight = 1 - 0.25 - titleWeight;
        var score = skillWeight * skillScore + 0.25 * wording + titleWeight * titleOverlap;
        return new RankedContent(index, label, Round(score), Reason(usesRequired, usesPreferred, shared));
    }

    private RankedContent RankSkill(int index, string listed, HashSet<string> required, HashSet<string> preferred, HashSet<string> jobTerms)
    {
        var skill = taxonomy.Resolve(listed)?.Name ?? listed;
        if (required.Contains(skill))
        {
            return new RankedContent(index, skill, 1.0, $"{skill} is a required skill for the job");
        }

        if (preferred.Contains(skill))
        {
            return new RankedContent(index, skill, 0.7, $"{skill} is a nice-to-have skill for the job");
        }

        return jobTerms.Contains(MatchTerms.SkillTerm(skill))
            ? new RankedContent(index, skill, 0.4, $"The job mentions {skill}")
            : new RankedContent(index, skill, 0.1, $"The job does not ask for {skill}");
    }

    private static string Reason(List<string> required, List<string> preferred, List<string> shared)
    {
        var parts = new List<string>();
        if (required.Count > 0)
        {
            parts.Add($"Uses {Join(required)} which the job requires");
        }

        if (preferred.Count > 0)
        {
            parts.Add(required.Count > 0 ? $"also {Join(preferred)} which the job would like" : $"Uses {Join(preferred)} which the job would like");
        }

        if (parts.Count == 0)
        {
            return shared.Count > 0 ? $"Shares the job's wording: {string.Join(", ", shared.Take(4))}" : "No direct overlap with the job";
        }

        return string.Join("; ", parts);
    }

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    private static string Label(string? title, string? company) =>
        string.Join(" at ", new[] { title, company }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static IReadOnlyList<RankedContent> Order(IEnumerable<RankedContent> items) =>
        items.OrderByDescending(i => i.RelevanceScore).ThenBy(i => i.Index).ToList();

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
