using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Reads name, email, phone, location and profile links, preferring the lines above the first heading.</summary>
internal static partial class ContactParser
{
    private const int HeaderLinesToSearch = 15;

    [GeneratedRegex(@"[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"(?<![\w+/.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,8}){1,5}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[\p{L}\p{N}_%-]+/?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex LinkedinRegex();

    [GeneratedRegex(@"(?:https?://)?(?:www\.)?github\.com/[A-Za-z0-9-]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex GithubRegex();

    [GeneratedRegex(@"(?<![@\w.])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|co|site|design|page|app|tech|info|xyz|blog|us|uk|ca)(?:/[^\s|,;()<>]*)?(?![\w@.])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex WebsiteRegex();

    [GeneratedRegex(@"^(?:(?:phone|tel|telephone|mobile|cell|email|e-mail|location|address|linkedin|github|website|portfolio|name)\s*[:.]\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelRegex();

    public static ContactInfo Parse(ResumeSections sections, IReadOnlyList<string> allLines)
    {
        var header = sections.HeaderBlocks.SelectMany(b => b.Take(HeaderLinesToSearch)).ToList();
        var everything = JoinWrappedLinks(allLines);
        var headerText = JoinWrappedLinks(header);

        var email = First(EmailRegex(), headerText) ?? First(EmailRegex(), everything);
        var linkedin = First(LinkedinRegex(), headerText) ?? First(LinkedinRegex(), everything);
        var github = First(GithubRegex(), headerText) ?? First(GithubRegex(), everything);
        var phone = FindPhone(header) ?? FindPhone(allLines);
        var website = FindWebsite(header);
        var name = PersonName.Find(header) ?? PersonName.FindNear(allLines, email);
        var location = LocationFinder.Find(header.Select(l => LabelRegex().Replace(l, "")), name)
            ?? LocationFinder.Find(NearEmail(allLines, email).Select(l => LabelRegex().Replace(l, "")), name);

        return new ContactInfo(name, email, phone, location, AsUrl(linkedin), AsUrl(github), website);
    }

    /// <summary>Lines around the email address: the contact block of a sidebar that sits under its own heading.</summary>
    private static IEnumerable<string> NearEmail(IReadOnlyList<string> lines, string? email)
    {
        var at = email is null ? -1 : lines.ToList().FindIndex(l => l.Contains(email, StringComparison.Ordinal));
        return at < 0 ? [] : lines.Skip(Math.Max(0, at - 4)).Take(9);
    }

    /// <summary>
    /// Joins a profile link that layout wrapped at a hyphen or slash ("linkedin.com/in/jane-" / "doe-rn")
    /// back into one line, so the whole link is read.
    /// </summary>
    private static string JoinWrappedLinks(IReadOnlyList<string> lines)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            sb.Append(line);
            var lastWord = line[(line.LastIndexOf(' ') + 1)..];
            var wrapsLink = line.EndsWith('-') || line.EndsWith('/');
            var next = i + 1 < lines.Count ? lines[i + 1].TrimStart() : "";
            if (wrapsLink && lastWord.Contains(".com/", StringComparison.OrdinalIgnoreCase) && next.Length > 0 && char.IsLetterOrDigit(next[0]))
            {
                continue;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string? First(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match.Value.TrimEnd('.', '/') : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? FindPhone(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Contains('@') && !line.Contains(' '))
            {
                continue;
            }

            foreach (Match match in PhoneRegex().Matches(line))
            {
                var candidate = match.Value.Trim();
                if (LooksLikePhone(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool LooksLikePhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        if (digits is < 10 or > 15)
        {
            return candidate.StartsWith('+') && digits >= 8 && digits <= 15;
        }

        // Runs of years ("2016 2018 2020") are timelines, not numbers.
        var groups = candidate.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        return !groups.All(g => g.Length == 4 && (g.StartsWith("19", StringComparison.Ordinal) || g.StartsWith("20", StringComparison.Ordinal)));
    }

    private static string? FindWebsite(IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            foreach (Match match in WebsiteRegex().Matches(line))
            {
                var value = match.Value.TrimEnd('.', '/');
                if (value.Contains("linkedin.", StringComparison.OrdinalIgnoreCase) || value.Contains("github.com", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                return AsUrl(value);
            }
        }

        return null;
    }

    private static string? AsUrl(string? value) =>
        value is null ? null
        : value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? value
        : "https://" + value;
}
