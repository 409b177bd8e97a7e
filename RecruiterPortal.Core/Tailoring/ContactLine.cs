using System.Text.RegularExpressions;
using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Writes and reads the contact line under the name. Parts are told apart by their shape (an
/// email has an @, a phone is mostly digits), so a missing part does not shift the others.
/// </summary>
internal static partial class ContactLine
{
    public static string Write(ParsedResume resume) =>
        string.Join(" | ", new[] { resume.Email, resume.Phone, resume.Location, resume.LinkedinUrl, resume.GithubUrl, resume.Website }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => ResumeMarkdown.OneLine(p!)));

    public static ParsedResume Read(string line, ParsedResume resume)
    {
        foreach (var raw in line.Split('|'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (part.Contains('@', StringComparison.Ordinal) && !part.Contains(' ', StringComparison.Ordinal))
            {
                resume = resume with { Email = part };
            }
            else if (part.Contains("linkedin.", StringComparison.OrdinalIgnoreCase))
            {
                resume = resume with { LinkedinUrl = part };
            }
            else if (part.Contains("github.", StringComparison.OrdinalIgnoreCase))
            {
                resume = resume with { GithubUrl = part };
            }
            else if (PhoneShape().IsMatch(part) && part.Count(char.IsDigit) >= 7)
            {
                resume = resume with { Phone = part };
            }
            else if (WebShape().IsMatch(part))
            {
                resume = resume with { Website = part };
            }
            else
            {
                resume = resume with { Location = part };
            }
        }

        return resume;
    }

    [GeneratedRegex(@"^[+\d\s().\-x]+$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"^(https?://)?[\w\-]+(\.[\w\-]+)*\.[a-zA-Z]{2,}(/\S*)?$")]
    private static partial Regex WebShape();
}
