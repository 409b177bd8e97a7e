using RecruiterPortal.Core.Parsing;
using static RecruiterPortal.Core.Tailoring.MarkdownSections;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>The tailored resume with the recruiter's declined changes undone, and the declined changes that could not be undone on their own.</summary>
public sealed record ReviewOutcome(string Markdown, IReadOnlyDictionary<int, string> NotUndone);

/// <summary>
/// Undoes the tailoring changes a recruiter declines, leaving the rest. Works on the resume's
/// structure rather than on raw text: a declined reordering puts the list back in its original
/// order, a declined rewording puts the original words back, a declined key-skills line goes.
/// Changes are undone newest first, so each one meets the text it produced.
/// </summary>
public static class ImprovementReview
{
    public static ReviewOutcome Apply(string tailoredMarkdown, IReadOnlyList<TailoringImprovement> improvements, IEnumerable<int> declined)
    {
        var chosen = declined.Where(i => i >= 0 && i < improvements.Count).Distinct().OrderDescending().ToList();
        if (chosen.Count == 0)
        {
            return new ReviewOutcome(tailoredMarkdown, new Dictionary<int, string>());
        }

        var document = ResumeMarkdown.Parse(tailoredMarkdown);
        var resume = document.Resume;
        var keySkills = document.KeySkills;
        var notUndone = new Dictionary<int, string>();
        foreach (var index in chosen)
        {
            var change = improvements[index];
            if (change.Type == ImprovementTypes.KeySkills)
            {
                keySkills = [];
                continue;
            }

            var undone = change.Type == ImprovementTypes.Reordered ? Unorder(resume, change) : Unsay(resume, change);
            if (undone is null)
            {
                notUndone[index] = "A later change rewrote the same text; decline that one too to undo this.";
                continue;
            }

            resume = undone;
        }

        return new ReviewOutcome(ResumeMarkdown.Render(resume, keySkills), notUndone);
    }

    /// <summary>Puts a reordered list back in its original order; null when the list no longer reads as the change left it.</summary>
    private static ParsedResume? Unorder(ParsedResume resume, TailoringImprovement change)
    {
        var before = Labels(change.Before);
        var after = Labels(change.After);
        switch (change.Section)
        {
            case SkillsHeading:
                return Restore(resume.Skills, s => s, after, before) is { } skills ? resume with { Skills = skills } : null;
            case Projects:
                return Restore(resume.Projects, p => p.Name ?? "", after, before) is { } projects ? resume with { Projects = projects } : null;
            default:
                var experience = resume.Experience.ToList();
                for (var i = 0; i < experience.Count; i++)
                {
                    if (Restore(experience[i].Bullets, b => b, after, before) is { } bullets)
                    {
                        experience[i] = experience[i] with { Bullets = bullets };
                        return resume with { Experience = experience };
                    }
                }

                return null;
        }
    }

    private static List<T>? Restore<T>(IReadOnlyList<T> items, Func<T, string> label, IReadOnlyList<string> after, IReadOnlyList<string> before)
    {
        if (!items.Select(i => ResumeMarkdown.OneLine(label(i))).SequenceEqual(after, StringComparer.Ordinal))
        {
            return null;
        }

        var pool = items.ToList();
        var restored = new List<T>(items.Count);
        foreach (var name in before)
        {
            var at = pool.FindIndex(i => ResumeMarkdown.OneLine(label(i)) == name);
            if (at < 0)
            {
                return null;
            }

            restored.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return pool.Count == 0 ? restored : null;
    }

    /// <summary>Puts the original words back wherever the change's new words stand; null when they are not found.</summary>
    private static ParsedResume? Unsay(ParsedResume resume, TailoringImprovement change)
    {
        var after = ResumeMarkdown.OneLine(change.After);
        var before = ResumeMarkdown.OneLine(change.Before);
        if (after.Length == 0)
        {
            return null;
        }

        if (resume.Summary is { } summary && ResumeMarkdown.OneLine(summary) == after)
        {
            return resume with { Summary = before.Length == 0 ? null : before };
        }

        for (var i = 0; i < resume.Experience.Count; i++)
        {
            if (Replace(resume.Experience[i].Bullets, after, before) is { } bullets)
            {
                var experience = resume.Experience.ToList();
                experience[i] = experience[i] with { Bullets = bullets };
                return resume with { Experience = experience };
            }
        }

        for (var i = 0; i < resume.Projects.Count; i++)
        {
            var project = resume.Projects[i];
            ParsedProject? changed = project.Description is { } d && ResumeMarkdown.OneLine(d) == after
                ? project with { Description = before.Length == 0 ? null : before }
                : Replace(project.Technologies, after, before) is { } technologies ? project with { Technologies = technologies } : null;
            if (changed is not null)
            {
                var projects = resume.Projects.ToList();
                projects[i] = changed;
                return resume with { Projects = projects };
            }
        }

        return Replace(resume.Skills, after, before) is { } skills ? resume with { Skills = skills } : null;
    }

    private static List<string>? Replace(IReadOnlyList<string> items, string after, string before)
    {
        var at = items.ToList().FindIndex(i => ResumeMarkdown.OneLine(i) == after);
        if (at < 0)
        {
            return null;
        }

        var list = items.ToList();
        if (before.Length == 0)
        {
            list.RemoveAt(at);
        }
        else
        {
            list[at] = before;
        }

        return list;
    }

    private static List<string> Labels(string joined) =>
        joined.Split(" | ").Select(ResumeMarkdown.OneLine).ToList();
}
