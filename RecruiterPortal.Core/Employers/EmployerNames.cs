using System.Globalization;
using System.Text;

namespace RecruiterPortal.Core.Employers;

/// <summary>
/// The deterministic company-name normaliser. A name as a resume writes it ("Google, LLC",
/// "The Walt Disney Company", "Acme Corp. – Finance") is split into the employer part and an
/// optional department, and the employer part gets a <see cref="Parts.Key"/>: lower case, no
/// accents or punctuation, "&amp;" read as "and", a leading "The" and trailing legal forms (LLC,
/// Inc, Ltd, GmbH, S.A., plc, Corp, Co., AG, BV, Pty…) removed, spaces dropped, known short forms
/// mapped to one name ("IBM" = "International Business Machines"). Names with equal keys are one
/// employer; nothing else is merged, so "Apple" and "Applied Materials" stay apart.
/// </summary>
public static class EmployerNames
{
    /// <summary>Legal forms and generic trailing words removed from the end of a name.</summary>
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "llc", "llp", "lp", "lllp", "pllc", "inc", "incorporated", "ltd", "limited", "gmbh", "mbh", "ag", "kg", "kgaa", "ug",
        "sa", "sas", "sarl", "sl", "slu", "spa", "srl", "sca", "nv", "bv", "plc", "corp", "corporation", "co", "company", "cos",
        "pty", "pvt", "private", "pte", "oy", "oyj", "ab", "asa", "aps", "kk", "se", "ltda", "cv", "sdn", "bhd", "lda",
        "holdings", "holding", "group",
    };

    /// <summary>
    /// Legal forms that only a company's name ends with (no "Group", "Company" or "Holdings", which
    /// also end ordinary phrases): "Vandelay Industries Inc." is a company wherever it is written.
    /// </summary>
    private static readonly HashSet<string> CompanyOnlySuffixes = new(StringComparer.Ordinal)
    {
        "llc", "llp", "pllc", "inc", "incorporated", "ltd", "gmbh", "ag", "kgaa", "plc", "corp", "corporation",
        "sarl", "srl", "spa", "nv", "bv", "pty", "pvt", "pte", "oy", "oyj", "ltda", "bhd",
    };

    /// <summary>Words that make the text after a comma a department rather than part of the name.</summary>
    private static readonly string[] DepartmentWords =
    [
        "department", "dept", "division", "team", "unit", "lab", "labs", "office", "group", "practice", "studio", "studios", "services",
    ];

    /// <summary>Known short forms and former names, by key → the key and display name of the employer they mean.</summary>
    private static readonly Dictionary<string, (string Key, string Name)> KnownForms = BuildKnownForms();

    /// <summary>The keys of the well-known employers the normaliser maps short forms to (IBM, Meta, Google…).</summary>
    public static IEnumerable<string> WellKnownKeys => KnownForms.Values.Select(v => v.Key).Distinct();

    /// <summary>A company name taken apart.</summary>
    /// <param name="Name">The employer part as written, without legal forms or department.</param>
    /// <param name="Key">The comparison key; empty when the name has no letters or digits.</param>
    /// <param name="Department">The department written after the employer ("Google – Cloud" → "Cloud"), if any.</param>
    /// <param name="Variant">The employer part as written, lower case with single spaces: the alias a recruiter can split off.</param>
    public sealed record Parts(string Name, string Key, string? Department, string Variant);

    /// <summary>Takes a company name apart; null for a blank or punctuation-only name.</summary>
    public static Parts? Parse(string? company)
    {
        var text = Collapse(company);
        if (text.Length == 0)
        {
            return null;
        }

        var (employer, department) = SplitDepartment(text);
        var key = Key(employer);
        if (key.Length == 0)
        {
            (employer, department) = (text, null);
            key = Key(employer);
            if (key.Length == 0)
            {
                return null;
            }
        }

        var name = KnownForms.TryGetValue(key, out var known) ? known.Name : DisplayName(employer);
        key = KnownForms.TryGetValue(key, out known) ? known.Key : key;
        return new Parts(name, key, department, employer.ToLowerInvariant());
    }

    /// <summary>The comparison key of an employer name (no department handling).</summary>
    public static string Key(string? name)
    {
        var tokens = Tokens(name);
        StripEnds(tokens);
        var key = string.Concat(tokens);
        return KnownForms.TryGetValue(key, out var known) ? known.Key : key;
    }

    /// <summary>Trimmed, with runs of white space as one space.</summary>
    public static string Collapse(string? value) =>
        string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Separates a department written after the employer: after " – ", " - ", " | ", " / " or ": ",
    /// in brackets, or after a comma when the rest names a unit ("Acme, Finance Division").
    /// </summary>
    private static (string Employer, string? Department) SplitDepartment(string text)
    {
        foreach (var separator in new[] { " — ", " – ", " - ", " | ", " / ", ": " })
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return (text[..at].Trim(), Department(text[(at + separator.Length)..]));
            }
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            var close = text.IndexOf(')', open);
            var inner = close > open ? text[(open + 1)..close] : text[(open + 1)..];
            var rest = close > open ? text[(close + 1)..] : string.Empty;
            var employer = Collapse(text[..open] + " " + rest);
            return IsOnlySuffixes(inner) ? (employer, null) : (employer, Department(inner));
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var after = text[(comma + 1)..];
            var words = Tokens(after);
            if (words.Count > 0 && !IsOnlySuffixes(after) && words.Any(w => DepartmentWords.Contains(w)))
            {
                return (text[..comma].Trim(), Department(after));
            }
        }

        return (text, null);
    }

    private static string? Department(string text)
    {
        var department = Collapse(text.Trim(' ', ',', '-', '–', '—', '|', '/', ':', '(', ')'));
        return department.Length == 0 || IsOnlySuffixes(department) ? null : department;
    }

    /// <summary>Whether <paramref name="name"/> ends with a legal form only companies carry ("Inc.", "GmbH", "Ltd").</summary>
    public static bool EndsWithLegalForm(string? name) =>
        Tokens(name ?? "") is { Count: > 1 } tokens && CompanyOnlySuffixes.Contains(tokens[^1]);

    private static bool IsOnlySuffixes(string text)
    {
        var tokens = Tokens(text);
        return tokens.Count > 0 && tokens.All(t => LegalSuffixes.Contains(t) || t == "and");
    }

    /// <summary>Lower-case words: accents dropped, "&amp;" as "and", dots and apostrophes joined ("S.A." → "sa"), other punctuation a space.</summary>
    private static List<string> Tokens(string? name)
    {
        var text = (name ?? string.Empty).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == '&' || c == '+')
            {
                sb.Append(" and ");
            }
            else if (c is '.' or '\'' or '’' or '`' or '´')
            {
                // Joined: "S.A." is "sa", "McDonald's" is "mcdonalds"; a web suffix is dropped below.
                sb.Append(c == '.' ? '.' : '\0');
            }
            else if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(' ');
            }
        }

        var tokens = new List<string>();
        foreach (var raw in sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Replace("\0", string.Empty, StringComparison.Ordinal);

            // "Amazon.com" and "Booking.com" are the company; dots inside initials join ("j.p." → "jp").
            foreach (var web in new[] { ".co.uk", ".com", ".net", ".org", ".io", ".ai", ".de", ".co" })
            {
                if (word.Length > web.Length + 1 && word.EndsWith(web, StringComparison.Ordinal) && !word[..^web.Length].Contains('.', StringComparison.Ordinal))
                {
                    word = word[..^web.Length];
                    break;
                }
            }

            word = word.Replace(".", string.Empty, StringComparison.Ordinal);
            if (word.Length > 0)
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }

    /// <summary>Removes a leading "the" and trailing legal forms (with an "and" before them, as in "&amp; Co."), never the whole name.</summary>
    private static void StripEnds(List<string> tokens)
    {
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        var stripped = false;
        while (tokens.Count > 1 && (LegalSuffixes.Contains(tokens[^1]) || (stripped && tokens[^1] == "and")))
        {
            tokens.RemoveAt(tokens.Count - 1);
            stripped = true;
        }
    }

    /// <summary>The employer part as a display name: legal forms and "The" removed, the writer's casing kept unless all lower case.</summary>
    private static string DisplayName(string employer)
    {
        var words = employer.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        var stripped = false;
        while (words.Count > 1)
        {
            var last = Tokens(words[^1]);
            var isSuffix = last.Count > 0 && last.All(t => LegalSuffixes.Contains(t) || (stripped && t == "and"));
            var isPunctuation = last.Count == 0;
            if (!isSuffix && !isPunctuation)
            {
                break;
            }

            words.RemoveAt(words.Count - 1);
            stripped |= isSuffix;
        }

        var name = string.Join(' ', words).TrimEnd(',', ' ', '-', '&');
        if (name.Length == 0)
        {
            return employer;
        }

        return name == name.ToLowerInvariant() ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name) : name;
    }

    private static Dictionary<string, (string Key, string Name)> BuildKnownForms()
    {
        // Each line: the display name, then the names it is also written as. Only unambiguous forms.
        string[][] groups =
        [
            ["IBM", "International Business Machines"],
            ["HP", "Hewlett-Packard", "Hewlett Packard"],
            ["Hewlett Packard Enterprise", "HPE"],
            ["PwC", "PricewaterhouseCoopers", "Price Waterhouse Coopers"],
            ["EY", "Ernst & Young"],
            ["KPMG", "Klynveld Peat Marwick Goerdeler"],
            ["Deloitte", "Deloitte Touche Tohmatsu", "Deloitte & Touche"],
            ["Accenture"],
            ["JPMorgan Chase", "JP Morgan Chase", "J.P. Morgan", "JPMorgan", "JP Morgan", "J P Morgan", "JPMC"],
            ["Bank of America", "BofA", "BoA", "Bank of America Merrill Lynch"],
            ["Meta", "Meta Platforms", "Facebook"],
            ["Google", "Google LLC"],
            ["Amazon Web Services", "AWS"],
            ["Microsoft", "MSFT"],
            ["Disney", "Walt Disney"],
            ["General Motors", "GM"],
            ["Ford", "Ford Motor"],
            ["Tata Consultancy Services", "TCS"],
            ["General Electric", "GE"],
            ["Procter & Gamble", "P&G"],
            ["Johnson & Johnson", "J&J"],
            ["3M", "Minnesota Mining and Manufacturing"],
            ["AT&T", "American Telephone and Telegraph"],
            ["Boston Consulting Group", "BCG"],
            ["McKinsey & Company", "McKinsey"],
            ["NHS", "National Health Service"],
            ["UPS", "United Parcel Service"],
            ["BP", "British Petroleum"],
            ["GSK", "GlaxoSmithKline"],
        ];

        var map = new Dictionary<string, (string Key, string Name)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var key = BaseKey(group[0]);
            foreach (var form in group)
            {
                map[BaseKey(form)] = (key, group[0]);
            }
        }

        return map;

        static string BaseKey(string name)
        {
            var tokens = Tokens(name);
            StripEnds(tokens);
            return string.Concat(tokens);
        }
    }
}
