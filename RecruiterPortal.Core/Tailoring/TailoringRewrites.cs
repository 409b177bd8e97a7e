using System.Text.RegularExpressions;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;
using static RecruiterPortal.Core.Tailoring.MarkdownSections;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// The built-in engine's rewrites. Each only rearranges or rewords what the resume already says:
/// <paramref name="matched"/> holds the job skills the resume evidences, and nothing else is ever
/// highlighted or written in.
/// </summary>
internal sealed partial class TailoringRewrites(SkillTaxonomy taxonomy, JobProfile job, IReadOnlyList<string> matched)
{
    /// <summary>A recruiter scans a handful of skills; a longer line reads as keyword stuffing.</summary>
    private const int MaxKeySkills = 12;

    /// <summary>The summary's opening names only the strongest few matches.</summary>
    private const int MaxLeadSkills = 4;

    private readonly ContentRanker _ranker = new(taxonomy);
    private readonly HashSet<string> _jobSkills = new(job.RequiredSkills.Concat(job.PreferredSkills), StringComparer.Ordinal);

    public (TailoringDraft Draft, List<TailoringImprovement> Changes) KeySkills(TailoringDraft draft)
    {
        var keys = matched.Take(MaxKeySkills).ToList();
        if (keys.Count == 0 || keys.SequenceEqual(draft.KeySkills, StringComparer.Ordinal))
        {
            return (draft, []);
        }

        var line = $"{KeySkillsLabel} {string.Join(", ", keys)}";
        return (draft with { KeySkills = keys },
            [new(SkillsHeading, ImprovementTypes.KeySkills, "Added a key skills line with the job's skills this resume already shows", "", line)]);
    }

    public (TailoringDraft Draft, List<TailoringImprovement> Changes) SummaryLead(TailoringDraft draft)
    {
        var resume = draft.Resume;
        var skills = matched.Take(MaxLeadSkills).ToList();
        if (skills.Count == 0)
        {
            return (draft, []);
        }

        var title = resume.Experience.OrderByDescending(e => e.IsCurrent).Select(e => e.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var years = resume.Summary is null ? null : Years().Match(resume.Summary) is { Success: true } m ? m.Value : null;
        var list = JoinWords(skills);
        var lead = (title, years) switch
        {
            ({ } t, { } y) => $"{t} with {y} of experience in {list}.",
            ({ } t, null) => $"{t} experienced in {list}.",
            (null, { } y) => $"{y} of experience in {list}.",
            _ => $"Experienced in {list}.",
        };
        var before = resume.Summary ?? "";
        if (before.StartsWith(lead, StringComparison.Ordinal))
        {
            return (draft, []);
        }

        var after = before.Length == 0 ? lead : $"{lead} {before}";
        return (draft with { Resume = resume with { Summary = after } },
            [new(Summary, ImprovementTypes.Summary, $"Opened the summary with the job-relevant strengths the resume shows: {list}", before, after)]);
    }

    /// <summary>Writes a skill the job asks for under the job's name for it ("JS" becomes "JavaScript").</summary>
    public (TailoringDraft Draft, List<TailoringImprovement> Changes) AlignWording(TailoringDraft draft)
    {
        var changes = new List<TailoringImprovement>();
        var r = draft.Resume;
        var summary = r.Summary is null ? null : Align(Summary, r.Summary, changes);
        var experience = r.Experience.Select(e => e with { Bullets = e.Bullets.Select(b => Align(Experience, b, changes)).ToList() }).ToList();
        var projects = r.Projects.Select(p => p with
        {
            Description = p.Description is null ? null : Align(Projects, p.Description, changes),
            Technologies = p.Technologies.Select(t => Align(Projects, t, changes)).ToList(),
        }).ToList();
        var skills = r.Skills.Select(s => Align(SkillsHeading, s, changes)).Distinct(StringComparer.Ordinal).ToList();
        return changes.Count == 0 ? (draft, changes)
            : (draft with { Resume = r with { Summary = summary, Experience = experience, Projects = projects, Skills = skills } }, changes);
    }

    /// <summary>Leads with what the job asks for: bullets within each position, projects, and the skills list.</summary>
    public (TailoringDraft Draft, List<TailoringImprovement> Changes) Reorder(TailoringDraft draft)
    {
        var changes = new List<TailoringImprovement>();
        var r = draft.Resume;
        var rankings = _ranker.Rank(r with { Summary = null }, job);
        var skills = Apply(SkillsHeading, "skills", r.Skills, rankings.Skills, s => s, changes);
        var projects = Apply(Projects, "projects", r.Projects, rankings.Projects, p => p.Name ?? "", changes);
        var experience = r.Experience.Select(e =>
        {
            var bullets = e.Bullets.Select(b => new ParsedExperience { Bullets = [InstructionText.WithoutInstructions(b)] }).ToList();
            var order = _ranker.Rank(new ParsedResume { Experience = bullets }, job).Experiences;
            return e with { Bullets = Apply(Experience, $"bullets under '{e.Title}'", e.Bullets, order, b => b, changes) };
        }).ToList();
        return changes.Count == 0 ? (draft, changes)
            : (draft with { Resume = r with { Skills = skills, Projects = projects, Experience = experience } }, changes);
    }

    private string Align(string section, string text, List<TailoringImprovement> changes)
    {
        var aligned = string.Join(' ', InstructionText.Sentences(text).Select(s => InstructionText.IsInstruction(s) ? s : AlignSentence(s)));
        if (aligned == text || aligned == ResumeMarkdown.OneLine(text))
        {
            return text;
        }

        var renamed = taxonomy.FindMentions(text).Where(ShouldRename).Select(m => $"'{m.MatchedText}' as '{m.Skill.Name}'").Distinct(StringComparer.Ordinal);
        changes.Add(new(section, ImprovementTypes.Wording, $"Used the job's wording: {string.Join(", ", renamed)}", text, aligned));
        return aligned;
    }

    private string AlignSentence(string sentence)
    {
        foreach (var mention in taxonomy.FindMentions(sentence).Where(ShouldRename).Reverse())
        {
            sentence = string.Concat(sentence.AsSpan(0, mention.Start), mention.Skill.Name, sentence.AsSpan(mention.Start + mention.Length));
        }

        return sentence;
    }

    private bool ShouldRename(SkillMention mention) =>
        _jobSkills.Contains(mention.Skill.Name) && !string.Equals(mention.MatchedText, mention.Skill.Name, StringComparison.Ordinal);

    private static List<T> Apply<T>(string section, string what, IReadOnlyList<T> items, IReadOnlyList<RankedContent> order, Func<T, string> label,
        List<TailoringImprovement> changes)
    {
        var reordered = order.Select(o => items[o.Index]).ToList();
        if (order.Select(o => o.Index).SequenceEqual(Enumerable.Range(0, items.Count)))
        {
            return reordered;
        }

        var first = order[0];
        changes.Add(new(section, ImprovementTypes.Reordered,
            $"Reordered the {what} to lead with '{Shorten(label(items[first.Index]))}': {Lower(first.Reason)}",
            string.Join(" | ", items.Select(label)), string.Join(" | ", reordered.Select(label))));
        return reordered;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string JoinWords(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    [GeneratedRegex(@"\b\d+\+?\s+years?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();
}
