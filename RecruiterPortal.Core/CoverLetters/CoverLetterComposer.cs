using System.Text;
using System.Text.RegularExpressions;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// Writes a cover letter without a language model from what the resume already says: the positions
/// where the job's skills show, the candidate's own achievement lines (figures and all, word for
/// word), and the job skills the resume evidences. The writing style shapes the greeting, the
/// opening, sentence length, contractions, transitions, the candidate's signature phrases and the
/// sign-off. It never names an employer, title, skill or figure the resume lacks; the guard checks.
/// </summary>
public sealed partial class CoverLetterComposer(SkillTaxonomy taxonomy)
{
    public const int MaxPositions = 2;
    public const int MaxBulletsPerPosition = 2;
    public const int MaxSkillsNamed = 5;

    public CoverLetterDraft Compose(ParsedResume resume, JobProfile job, string? jobCompany, WritingStyle? style)
    {
        style ??= WritingStyle.Neutral;
        var resumeMarkdown = ResumeMarkdown.Render(resume);
        var evidence = taxonomy.FindMentions(InstructionText.WithoutInstructions(resumeMarkdown)).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        var asked = job.RequiredSkills.Concat(job.PreferredSkills).Distinct(StringComparer.Ordinal).ToList();
        var matched = asked.Where(evidence.Contains).ToList();
        var missing = asked.Where(s => !evidence.Contains(s)).ToList();
        var formal = style.FormalityLevel >= 0.55;
        var transitions = new Queue<string>(style.Vocabulary.TransitionPhrases
            .Where(t => t.Split(' ').Length > 1 || t.Length > 4)
            .DefaultIfEmpty(formal ? "Furthermore" : "Also")
            .Concat(formal ? ["In addition", "Furthermore"] : ["Also", "Plus"]));
        var used = new List<TailoringImprovement>();
        var role = string.IsNullOrWhiteSpace(job.Title) ? "this role" : $"the {job.Title.Trim()} role";
        var at = string.IsNullOrWhiteSpace(jobCompany) ? "" : $" at {jobCompany.Trim()}";

        var opening = new List<string>
        {
            style.ParagraphStructure.OpeningStyle switch
            {
                "statement_of_intent" => $"I am writing to apply for {role}{at}.",
                "enthusiastic_hook" => $"I am excited to apply for {role}{at}.",
                "question" => $"Are you looking for someone to take on {role}{at}? I would like to be that person.",
                _ => $"I would like to be considered for {role}{at}.",
            },
        };
        var latest = resume.Experience.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.Title) && !string.IsNullOrWhiteSpace(e.Company));
        if (latest is not null)
        {
            opening.Add(latest.IsCurrent ? $"I currently work as {latest.Title!.Trim()} at {latest.Company!.Trim()}." : $"Most recently, I worked as {latest.Title!.Trim()} at {latest.Company!.Trim()}.");
        }

        var positions = resume.Experience
            .Where(e => !string.IsNullOrWhiteSpace(e.Company) && !string.IsNullOrWhiteSpace(e.Title) && e.Bullets.Count > 0)
            .Select((e, index) => (Job: e, Index: index, Hits: SkillsIn(e, matched)))
            .OrderByDescending(p => p.Hits.Count).ThenBy(p => p.Index)
            .Take(MaxPositions)
            .ToList();
        var body = new List<string>();
        foreach (var (position, _, hits) in positions)
        {
            var bullets = position.Bullets
                .Select((b, i) => (Text: b.Trim().TrimEnd('.', ';'), i, Score: matched.Count(m => Mentions(b, m)) * 2 + (b.Any(char.IsDigit) ? 1 : 0)))
                .Where(b => b.Text.Length > 0)
                .OrderByDescending(b => b.Score).ThenBy(b => b.i)
                .Take(MaxBulletsPerPosition)
                .Select(b => b.Text)
                .ToList();
            var sentences = PositionSentences(position, bullets, style.SentenceStructure.AvgWordsPerSentence);
            if (body.Count > 0 && transitions.Count > 0)
            {
                sentences[0] = $"{transitions.Dequeue()}, {LowerFirst(sentences[0])}";
            }

            body.AddRange(sentences);
            used.Add(new TailoringImprovement("Letter", CoverLetterImprovementTypes.Evidence,
                $"Draws on {position.Title!.Trim()} at {position.Company!.Trim()}" + (hits.Count > 0 ? $" ({string.Join(", ", hits)})" : ""),
                string.Join("\n", bullets.Select(b => $"- {b}")), string.Join(" ", sentences)));
        }

        var closing = new List<string>();
        if (matched.Count > 0)
        {
            var named = matched.Take(MaxSkillsNamed).ToList();
            closing.Add($"My experience covers {List(named)}, which the role asks for.");
            used.Add(new TailoringImprovement("Letter", CoverLetterImprovementTypes.Skills, $"Names the job skills the resume evidences: {string.Join(", ", named)}", "", closing[0]));
        }

        foreach (var phrase in style.SignaturePhrases.Where(p => !p.Any(char.IsDigit) && taxonomy.FindMentions(p).Count == 0))
        {
            if (Complete(phrase, matched) is { } sentence && closing.Count < 3)
            {
                closing.Add(sentence);
                used.Add(new TailoringImprovement("Letter", CoverLetterImprovementTypes.Style, $"Uses the candidate's phrase \"{phrase}\"", "", sentence));
            }
        }

        if (!closing.Any(c => c.StartsWith("I look forward", StringComparison.OrdinalIgnoreCase) || c.StartsWith("I'm looking forward", StringComparison.OrdinalIgnoreCase)))
        {
            closing.Add(formal ? "Thank you for considering my application; I would welcome the chance to discuss the role." : "Thanks for reading, and I would love to talk about the role.");
        }

        var paragraphs = new List<string> { string.Join(" ", opening) };
        if (body.Count > 0)
        {
            paragraphs.Add(string.Join(" ", body));
        }

        paragraphs.Add(string.Join(" ", closing));
        paragraphs = paragraphs.Select(p => style.SentenceStructure.UsesContractions ? Contract(p) : p).ToList();

        var sb = new StringBuilder();
        sb.Append(style.Salutation ?? (formal ? "Dear Hiring Manager," : "Hi there,")).Append("\n\n");
        foreach (var paragraph in paragraphs)
        {
            sb.Append(paragraph).Append("\n\n");
        }

        sb.Append(style.Closing ?? (formal ? "Sincerely," : "Best,")).Append("\n\n");
        sb.Append(resume.FullName?.Trim() ?? "").Append('\n');
        return new CoverLetterDraft(sb.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal), resumeMarkdown, used, matched, missing);
    }

    private List<string> SkillsIn(ParsedExperience job, IReadOnlyList<string> matched)
    {
        var text = string.Join("\n", job.Bullets.Prepend(job.Title ?? ""));
        var found = taxonomy.FindMentions(text).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        return matched.Where(found.Contains).ToList();
    }

    private bool Mentions(string text, string skill) => taxonomy.FindMentions(text).Any(m => m.Skill.Name == skill);

    /// <summary>"At Acme, as Engineer, I built…", split or joined to the writer's usual sentence length.</summary>
    private static List<string> PositionSentences(ParsedExperience job, List<string> bullets, double avgWords)
    {
        var title = job.Title!.Trim();
        var company = job.Company!.Trim();
        var claims = bullets.Select(Claim).ToList();
        if (claims.Count == 0)
        {
            return [$"I worked as {title} at {company}."];
        }

        if (avgWords < 13)
        {
            return [$"I worked as {title} at {company}.", .. claims.Select(c => $"There {c}.")];
        }

        if (avgWords >= 20 && claims.Count > 1)
        {
            return [$"At {company}, as {title}, {claims[0]}, and {string.Join(", and ", claims.Skip(1).Select(c => c.StartsWith("I ", StringComparison.Ordinal) ? c[2..] : c))}."];
        }

        return [$"At {company}, as {title}, {claims[0]}.", .. claims.Skip(1).Select(c => $"{UpperFirst(c)}.")];
    }

    /// <summary>A resume line as a first-person claim: "Built X" becomes "I built X"; other lines are quoted as the work.</summary>
    private static string Claim(string bullet)
    {
        var first = bullet.Split(' ', 2)[0];
        return first.Length > 2 && (first.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || PastTense.Contains(first.ToLowerInvariant()))
            ? $"I {LowerFirst(bullet)}"
            : $"my work included: {bullet}";
    }

    private static readonly string[] PastTense = ["built", "led", "ran", "drove", "grew", "cut", "wrote", "made", "set", "won", "took", "brought", "shipped", "taught", "began", "kept", "held", "met", "sold", "spent", "oversaw", "rebuilt", "rewrote"];

    /// <summary>A signature phrase finished with something the resume supports, or null when it cannot be.</summary>
    private static string? Complete(string phrase, IReadOnlyList<string> matched)
    {
        var last = phrase.Split(' ')[^1].ToLowerInvariant();
        return last switch
        {
            "to" when phrase.Contains("forward", StringComparison.OrdinalIgnoreCase) => $"{phrase} hearing from you.",
            "about" or "in" or "with" or "on" when matched.Count > 0 => $"{phrase} {matched[0]} work.",
            _ => null,
        };
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static string Contract(string text)
    {
        foreach (var (from, to) in Contractions)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static readonly (string, string)[] Contractions =
        [("I am ", "I'm "), ("I would ", "I'd "), ("I will ", "I'll "), ("do not ", "don't "), ("It is ", "It's "), ("it is ", "it's "), ("I have been ", "I've been ")];

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) && !s.StartsWith("I ", StringComparison.Ordinal) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string UpperFirst(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}

/// <summary>A composed letter with the resume it was written from and what it drew on.</summary>
public sealed record CoverLetterDraft(string Markdown, string ResumeMarkdown, IReadOnlyList<TailoringImprovement> Evidence, IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills);

/// <summary>What a cover letter's notes record: the experience drawn on, the skills named, the style used.</summary>
public static class CoverLetterImprovementTypes
{
    public const string Evidence = "evidence";
    public const string Skills = "skills";
    public const string Style = "style";
    public const string Written = "written";
}
