using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>Recognises section headings ("Nice to have", "What you'll need:") in job descriptions.</summary>
internal static partial class JobSectionHeaders
{
    // Checked in order, so the more specific headings ("preferred qualifications", "about the role")
    // win over the generic ones they start with ("qualifications", "about").
    private static readonly (string Phrase, JobSection Section)[] _headings =
    [
        ("preferred qualifications", JobSection.Preferred),
        ("preferred skills", JobSection.Preferred),
        ("preferred experience", JobSection.Preferred),
        ("preferred", JobSection.Preferred),
        ("nice to have", JobSection.Preferred),
        ("nice to haves", JobSection.Preferred),
        ("nice-to-have", JobSection.Preferred),
        ("nice-to-haves", JobSection.Preferred),
        ("good to have", JobSection.Preferred),
        ("bonus", JobSection.Preferred),
        ("bonus points", JobSection.Preferred),
        ("pluses", JobSection.Preferred),
        ("plus", JobSection.Preferred),
        ("desirable", JobSection.Preferred),
        ("desired", JobSection.Preferred),
        ("even better", JobSection.Preferred),
        ("extra credit", JobSection.Preferred),
        ("ideally", JobSection.Preferred),
        ("about the role", JobSection.Responsibilities),
        ("about the position", JobSection.Responsibilities),
        ("about the job", JobSection.Responsibilities),
        ("about you", JobSection.Required),
        ("benefits", JobSection.Benefits),
        ("perks", JobSection.Benefits),
        ("what we offer", JobSection.Benefits),
        ("we offer", JobSection.Benefits),
        ("why join", JobSection.Benefits),
        ("why you'll love", JobSection.Benefits),
        ("why work", JobSection.Benefits),
        ("compensation", JobSection.Benefits),
        ("salary", JobSection.Benefits),
        ("pay", JobSection.Benefits),
        ("about", JobSection.About),
        ("about us", JobSection.About),
        ("about the team", JobSection.About),
        ("about the company", JobSection.About),
        ("about our company", JobSection.About),
        ("who we are", JobSection.About),
        ("our company", JobSection.About),
        ("the company", JobSection.About),
        ("company overview", JobSection.About),
        ("equal opportunity", JobSection.About),
        ("how to apply", JobSection.About),
        ("responsibilities", JobSection.Responsibilities),
        ("summary", JobSection.Responsibilities),
        ("job summary", JobSection.Responsibilities),
        ("position summary", JobSection.Responsibilities),
        ("role summary", JobSection.Responsibilities),
        ("overview", JobSection.Responsibilities),
        ("job overview", JobSection.Responsibilities),
        ("position overview", JobSection.Responsibilities),
        ("your day to day", JobSection.Responsibilities),
        ("a day in the life", JobSection.Responsibilities),
        ("key responsibilities", JobSection.Responsibilities),
        ("your responsibilities", JobSection.Responsibilities),
        ("what you'll do", JobSection.Responsibilities),
        ("what you will do", JobSection.Responsibilities),
        ("what you'll be doing", JobSection.Responsibilities),
        ("the role", JobSection.Responsibilities),
        ("your role", JobSection.Responsibilities),
        ("role overview", JobSection.Responsibilities),
        ("duties", JobSection.Responsibilities),
        ("main duties", JobSection.Responsibilities),
        ("day to day", JobSection.Responsibilities),
        ("in this role", JobSection.Responsibilities),
        ("job description", JobSection.Responsibilities),
        ("your impact", JobSection.Responsibilities),
        ("requirements", JobSection.Required),
        ("required", JobSection.Required),
        ("required qualifications", JobSection.Required),
        ("required skills", JobSection.Required),
        ("minimum qualifications", JobSection.Required),
        ("basic qualifications", JobSection.Required),
        ("qualifications", JobSection.Required),
        ("must have", JobSection.Required),
        ("must haves", JobSection.Required),
        ("must-have", JobSection.Required),
        ("must-haves", JobSection.Required),
        ("what you'll need", JobSection.Required),
        ("what you need", JobSection.Required),
        ("what you'll bring", JobSection.Required),
        ("what you bring", JobSection.Required),
        ("what we're looking for", JobSection.Required),
        ("what we are looking for", JobSection.Required),
        ("who you are", JobSection.Required),
        ("you have", JobSection.Required),
        ("skills and experience", JobSection.Required),
        ("skills & experience", JobSection.Required),
        ("essential", JobSection.Required),
        ("essential skills", JobSection.Required),
        ("key skills", JobSection.Required),
        ("your profile", JobSection.Required),
        ("the ideal candidate", JobSection.Required),
    ];

    /// <summary>
    /// Reads a line as a heading. A heading alone on its line changes the section; one followed by
    /// a colon and text ("Nice to have: Terraform") also yields that text as <paramref name="rest"/>.
    /// </summary>
    public static bool TryRead(string line, out JobSection section, out string rest)
    {
        section = default;
        rest = "";
        var cleaned = LeadingMarks().Replace(line, "").Trim().Trim('*', '_').Trim();
        if (cleaned.Length == 0)
        {
            return false;
        }

        var colon = cleaned.IndexOf(':');
        var head = colon >= 0 ? cleaned[..colon] : cleaned;
        var normalized = Normalize(head);
        var wordCount = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount == 0 || wordCount > 7)
        {
            return false;
        }

        var endsHead = colon < 0 || colon == cleaned.Length - 1;
        foreach (var (phrase, kind) in _headings)
        {
            var exact = normalized == phrase;
            // A longer heading ("Requirements for this role:") only counts when it is clearly a heading.
            var prefixed = normalized.StartsWith(phrase + " ", StringComparison.Ordinal) && colon >= 0 && endsHead;
            if (exact || prefixed)
            {
                section = kind;
                rest = endsHead ? "" : cleaned[(colon + 1)..].Trim();
                return true;
            }
        }

        // "About Ledgerly", "About St. Brigid's Hospital": the employer introducing itself. Only a
        // capitalised name counts, so a sentence such as "About 20% travel" stays content.
        if (colon < 0 && EmployerHeading().IsMatch(cleaned))
        {
            section = JobSection.About;
            return true;
        }

        return false;
    }

    private static string Normalize(string text) =>
        Spaces().Replace(text.Replace('’', '\'').ToLowerInvariant().Trim().TrimEnd('.', '!', '?', ':'), " ").Trim();

    [GeneratedRegex(@"^\s*(#+|[-*•·▪●]+|\d+[.)])\s*")]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^About(\s+[A-Z][\w'’.&-]*){1,5}$")]
    private static partial Regex EmployerHeading();
}
