using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using static RecruiterPortal.Core.Tailoring.GuardViolationTypes;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// <see cref="TailoringGuard"/>'s rules for a letter instead of a resume: a cover letter may state
/// only what the candidate's resume supports. It must name no skill the resume does not evidence,
/// no figure or date the resume lacks, no employer or school other than the resume's (and the job's
/// own company), no job title other than the resume's and the job's, and no email address the
/// resume does not have. The job's title and company are the letter's subject, so they are allowed.
/// Organisations are found two ways: by their capitalised names after "at", "with", "for",
/// "joined", "from", "left" and "hired / employed / recruited by"; and, anywhere in the letter, by a
/// run of capitalised words whose employer key (<see cref="Employers.EmployerNames.Key"/>) is a
/// known employer — the tenant's employers and their written forms (<see cref="LetterEmployers"/>)
/// and the normaliser's well-known names — unless it is one of the candidate's own employers (by
/// key, or as an alias of the same tenant employer) or the job's company. Titles are found by
/// "as a …". A run of capitalised words ending with a legal form only companies carry ("Inc.",
/// "GmbH", "Ltd") is an organisation wherever it stands. Deterministic: the same letter gives the
/// same report.
/// </summary>
public sealed partial class CoverLetterGuard(SkillTaxonomy taxonomy)
{
    public GuardReport Verify(string resumeMarkdown, string letter, string? jobTitle, string? jobCompany, LetterEmployers? employers = null)
    {
        var resume = ResumeMarkdown.Parse(resumeMarkdown).Resume;
        var violations = new List<GuardViolation>();

        // The job's own title and company are what the letter is about, not claims about the candidate.
        var claims = letter;
        foreach (var subject in new[] { jobTitle, jobCompany }.Where(s => !string.IsNullOrWhiteSpace(s)).OrderByDescending(s => s!.Length))
        {
            claims = claims.Replace(subject!.Trim(), " ", StringComparison.OrdinalIgnoreCase);
        }

        var dates = Figures.Dates(resumeMarkdown).ToHashSet(StringComparer.Ordinal);
        foreach (var date in Figures.Dates(claims).Where(d => !dates.Contains(d)))
        {
            violations.Add(new GuardViolation(NewDate, date, $"'{date}' is a date the resume never mentions"));
        }

        var numbers = Figures.Numbers(resumeMarkdown).Select(Figures.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var number in Figures.Numbers(claims).Where(n => !numbers.Contains(Figures.Key(n))))
        {
            violations.Add(new GuardViolation(NewNumber, number, $"'{number}' is a figure the resume does not contain"));
        }

        var evidenced = taxonomy.FindMentions(InstructionText.WithoutInstructions(resumeMarkdown)).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in taxonomy.FindMentions(claims).DistinctBy(m => m.Skill.Name).Where(m => !evidenced.Contains(m.Skill.Name)))
        {
            violations.Add(new GuardViolation(NewSkill, mention.MatchedText, $"'{mention.Skill.Name}' is a skill the resume never mentions"));
        }

        var organisations = resume.Experience.Select(e => e.Company).Concat(resume.Education.Select(e => e.Institution))
            .Concat(resume.Projects.Select(p => p.Name)).Concat(resume.Certifications).Append(jobCompany)
            .Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => Normalize(o!)).ToList();

        // The candidate's own employers and the job's company, by employer key: "Facebook" is the
        // candidate's "Meta Platforms, Inc.", "Google" their "Google LLC – Cloud".
        var ownKeys = resume.Experience.Select(e => e.Company).Append(jobCompany)
            .Select(c => Employers.EmployerNames.Parse(c)?.Key).OfType<string>().Where(k => k.Length > 0)
            .Concat(employers?.OwnKeys ?? Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        bool Allowed(string name) =>
            IsKnown(name, organisations) || ownKeys.Contains(Employers.EmployerNames.Key(name)) || taxonomy.FindMentions(name).Count > 0;

        foreach (Match match in OrganisationPattern().Matches(letter))
        {
            var name = Trim(match.Groups["name"].Value);
            if (name.Length == 0 || Allowed(name) || CommonWords.Contains(name.Split(' ')[0]))
            {
                continue;
            }

            violations.Add(new GuardViolation(NewEmployer, name, $"'{name}' is not an employer or school in the resume"));
        }

        var knownKeys = employers?.KnownKeys ?? LetterEmployers.WellKnownKeys;
        foreach (var name in KnownEmployerMentions(claims, knownKeys))
        {
            if (!Allowed(name))
            {
                violations.Add(new GuardViolation(NewEmployer, name, $"'{name}' is an employer the candidate's resume does not list"));
            }
        }

        foreach (var name in LegalFormMentions(claims))
        {
            if (!Allowed(name))
            {
                violations.Add(new GuardViolation(NewEmployer, name, $"'{name}' is a company the candidate's resume does not list"));
            }
        }

        var titles = resume.Experience.Select(e => e.Title).Append(jobTitle).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Normalize(t!)).ToList();
        foreach (Match match in TitlePattern().Matches(letter))
        {
            var title = Trim(match.Groups["title"].Value);
            if (title.Length > 0 && !IsKnown(title, titles) && !CommonWords.Contains(title.Split(' ')[0]))
            {
                violations.Add(new GuardViolation(NewTitle, title, $"'{title}' is not a job title in the resume"));
            }
        }

        var emails = EmailPattern().Matches(resumeMarkdown).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (Match email in EmailPattern().Matches(letter))
        {
            if (!emails.Contains(email.Value.ToLowerInvariant()))
            {
                violations.Add(new GuardViolation(ContactChanged, email.Value, $"The email address '{email.Value}' is not the resume's"));
            }
        }

        return new GuardReport(violations.DistinctBy(v => (v.Type, v.Text)).ToList());
    }

    /// <summary>
    /// Runs of capitalised words (with "&amp;", "of", "and" inside) whose longest prefix has the key of
    /// a known employer: "I spent years at Globex Corporation" finds "Globex Corporation" when the
    /// tenant knows Globex, whatever word comes before it. A known name followed by a skill the
    /// taxonomy knows ("Microsoft SQL Server") is a product, not an employer.
    /// </summary>
    private IEnumerable<string> KnownEmployerMentions(string text, IReadOnlySet<string> knownKeys)
    {
        if (knownKeys.Count == 0)
        {
            yield break;
        }

        foreach (Match run in CapitalisedRunPattern().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < words.Length; start++)
            {
                if (!IsCapitalised(words[start]) || CommonWords.Contains(words[start]))
                {
                    continue;
                }

                // The longest run from here that names a known employer, ending on a capitalised word.
                for (var end = Math.Min(words.Length, start + 6); end > start; end--)
                {
                    if (!IsCapitalised(words[end - 1]))
                    {
                        continue;
                    }

                    var name = Trim(string.Join(' ', words[start..end]));
                    var key = Employers.EmployerNames.Key(name);
                    // A brand before a product the taxonomy knows ("Microsoft Excel", "Google Cloud") names the product.
                    if (key.Length > 1 && knownKeys.Contains(key)
                        && (end == words.Length || taxonomy.FindMentions(string.Join(' ', words[start..Math.Min(words.Length, end + 3)])).Count == 0))
                    {
                        yield return name;
                        start = end - 1;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Runs of capitalised words that end with a legal form only companies carry ("Vandelay
    /// Industries Inc.", "Hooli GmbH"): a company named anywhere, even one nobody in the tenant knows
    /// and with no "at" or "with" before it. Leading words such as "The" or "My" are not part of the name.
    /// </summary>
    private static IEnumerable<string> LegalFormMentions(string text)
    {
        foreach (Match run in CapitalisedRunPattern().Matches(text))
        {
            var words = run.Value.Split(' ', '\t').Where(w => w.Length > 0).ToList();
            for (var end = words.Count; end > 1; end--)
            {
                // A word ending a sentence before the legal form ("…to Globex. Globex Corp is…") starts the name after it.
                var start = words.FindLastIndex(end - 2, end - 1, w => w.EndsWith('.') || w.EndsWith('!') || w.EndsWith('?')) + 1;
                var name = Trim(string.Join(' ', words.Skip(start).Take(end - start).SkipWhile(w => CommonWords.Contains(w) || SentenceStarters.Contains(w) || !IsCapitalised(w))));
                if (name.Contains(' ', StringComparison.Ordinal) && Employers.EmployerNames.EndsWithLegalForm(name))
                {
                    yield return name;
                    break;
                }
            }
        }
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    /// <summary>Capitalised words that start a phrase after "at"/"with" without naming an organisation.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "I", "My", "The", "This", "That", "These", "Your", "Our", "You", "We", "A", "An", "It", "Its", "Their", "Hiring", "Team", "All", "Each", "Every",
        "Thanks", "Thank", "Dear", "Best", "Kind", "Sincerely", "Regards", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    };

    /// <summary>Capitalised words that open a sentence before a company's name ("Later Hooli GmbH asked me…").</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "Later", "Then", "Before", "After", "Since", "Previously", "Recently", "Earlier", "Today", "Now", "Also", "However", "When",
        "While", "There", "Here", "Both", "Last", "Next", "Once", "In", "On", "At", "With", "For", "From", "As", "And", "But", "So", "Yet",
        "Working", "Joining", "Leaving", "By",
    };

    private static bool IsKnown(string name, IReadOnlyList<string> known)
    {
        var n = Normalize(name);
        return known.Any(k => k == n || (k.Length > 0 && (k.StartsWith(n + " ", StringComparison.Ordinal) || n.StartsWith(k + " ", StringComparison.Ordinal) || k.Contains(n, StringComparison.Ordinal))));
    }

    private static string Trim(string value) => value.Trim().TrimEnd('.', ',', ';', ':', '\'', '’').Trim();

    private static string Normalize(string value) =>
        Regex.Replace(value.ToLowerInvariant().Replace('’', '\''), @"[^a-z0-9&+#' ]+", " ").Trim() is var s ? Regex.Replace(s, @"\s+", " ") : "";

    [GeneratedRegex(@"[A-Z0-9][\w&'’.+-]*(?:[ \t]+(?:[A-Z0-9][\w&'’.+-]*|&|of|and))*")]
    private static partial Regex CapitalisedRunPattern();

    [GeneratedRegex(@"\b(?:[Aa]t|[Ww]ith|[Ff]or|[Jj]oined|[Ff]rom|[Ll]eft|(?:[Hh]ired|[Ee]mployed|[Rr]ecruited|[Hh]eadhunted|[Cc]ontracted)\s+by)\s+(?<name>(?:[A-Z][\w&'’+-]*(?:\.[\w&'’+-]+)*)(?:[ \t]+(?:(?!I\b)[A-Z][\w&'’+-]*(?:\.[\w&'’+-]+)*|&|of|and(?=\s+[A-Z])))*)")]
    private static partial Regex OrganisationPattern();

    [GeneratedRegex(@"\b(?:as|As)\s+(?:an?\s+|the\s+)?(?<title>(?:[A-Z][\w&'’/+-]*)(?:[ \t]+(?:(?!I\b)[A-Z][\w&'’/+-]*|of|and(?=\s+[A-Z])))*)")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();
}

/// <summary>
/// The employers the letter guard knows for a tenant: <see cref="KnownKeys"/>, the employer keys of
/// the tenant's employers and their written forms plus the normaliser's well-known names; and
/// <see cref="OwnKeys"/>, the keys of every written form of the employers the candidate's experience
/// is linked to (so a recruiter's merge of "Alphabet" into Google lets the letter say either).
/// </summary>
public sealed record LetterEmployers(IReadOnlySet<string> KnownKeys, IReadOnlySet<string> OwnKeys)
{
    /// <summary>The normaliser's well-known employers (IBM, Meta, Google, PwC…), known to every tenant.</summary>
    public static IReadOnlySet<string> WellKnownKeys { get; } = Employers.EmployerNames.WellKnownKeys.ToHashSet(StringComparer.Ordinal);

    /// <summary>The tenant's employers (the context's tenant filter applies) and the candidate's own.</summary>
    public static async Task<LetterEmployers> LoadAsync(Data.PortalDbContext db, Guid candidateId, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(WellKnownKeys, StringComparer.Ordinal);
        known.UnionWith(await db.Set<Employers.Employer>().Select(e => e.Key).ToListAsync(cancellationToken));
        known.UnionWith(await db.Set<Employers.EmployerAlias>().Select(a => a.Key).ToListAsync(cancellationToken));
        var mine = db.Set<Candidates.CandidateExperience>().Where(x => x.CandidateId == candidateId && x.EmployerId != null).Select(x => x.EmployerId!.Value);
        var own = new HashSet<string>(StringComparer.Ordinal);
        own.UnionWith(await db.Set<Employers.Employer>().Where(e => mine.Contains(e.Id)).Select(e => e.Key).ToListAsync(cancellationToken));
        own.UnionWith(await db.Set<Employers.EmployerAlias>().Where(a => mine.Contains(a.EmployerId)).Select(a => a.Key).ToListAsync(cancellationToken));
        known.RemoveWhere(k => k.Length < 2);
        return new LetterEmployers(known, own);
    }
}
