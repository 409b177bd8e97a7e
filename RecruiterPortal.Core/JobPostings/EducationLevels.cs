using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>Reads degree wording ("BSc", "Master's degree", "GED") as an <see cref="EducationLevel"/>.</summary>
internal static partial class EducationLevels
{
    /// <summary>The highest level a degree name stands for (a resume's "MSc Computer Science").</summary>
    public static EducationLevel FromDegree(string? degree)
    {
        if (string.IsNullOrWhiteSpace(degree))
        {
            return EducationLevel.None;
        }

        var found = Mentioned(degree).DefaultIfEmpty(EducationLevel.None).Max();
        // A resume's degree line is a degree even when its wording is unusual ("Diploma in Nursing").
        return found == EducationLevel.None && Diploma().IsMatch(degree) ? EducationLevel.Associate : found;
    }

    /// <summary>Every level a text names, in text order.</summary>
    public static IEnumerable<EducationLevel> Mentioned(string text)
    {
        var hits = new List<(int Index, EducationLevel Level)>();
        Add(hits, Doctorate().Matches(text), EducationLevel.Doctorate);
        Add(hits, Master().Matches(text), EducationLevel.Master);
        Add(hits, Bachelor().Matches(text), EducationLevel.Bachelor);
        Add(hits, Associate().Matches(text), EducationLevel.Associate);
        Add(hits, HighSchool().Matches(text), EducationLevel.HighSchool);
        return hits.OrderBy(h => h.Index).Select(h => h.Level);
    }

    /// <summary>The field named after a degree ("degree in Computer Science or a related field").</summary>
    public static string? FieldOfStudy(string clause)
    {
        var m = Field().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        var field = FieldEnd().Split(m.Groups["field"].Value)[0].Trim().TrimEnd(',', ' ');
        return field.Length >= 3 ? field : null;
    }

    private static void Add(List<(int, EducationLevel)> hits, MatchCollection matches, EducationLevel level)
    {
        foreach (Match m in matches)
        {
            hits.Add((m.Index, level));
        }
    }

    [GeneratedRegex(@"\b(ph\.?\s?d|doctorate|doctoral|doctor of|DNP)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"(?i:\bmaster'?s?\b|\bmasters degree\b|\bMBA\b|\bMSN\b|\bM\.?Eng\b|\bM\.?Ed\b|\bMSc\b|\bM\.S\.|\bM\.A\.)|\bMS\b(?!\s+(Excel|Project|Office|Word|Teams|SQL|Dynamics))")]
    private static partial Regex Master();

    [GeneratedRegex(@"(?i:\bbachelor'?s?\b|\bBSc\b|\bB\.S\.|\bB\.A\.|\bBSN\b|\bB\.?Eng\b|\bBBA\b|\b(four|4)[- ]year degree\b|\b(college|university|undergraduate) degree\b)|\bBS\b|\bBA\b")]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"\bassociate'?s?\s+(degree|of)\b|\bADN\b|\b(two|2)[- ]year degree\b", RegexOptions.IgnoreCase)]
    private static partial Regex Associate();

    [GeneratedRegex(@"\bhigh school\b|\bGED\b|\bsecondary school\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighSchool();

    [GeneratedRegex(@"\bdiploma\b|\bdegree\b|\bcertificate\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diploma();

    [GeneratedRegex(@"\b(degree|diploma|bachelor'?s?|master'?s?|BSc|MSc|BS|MS|BA|MA|Ph\.?D|doctorate)\b(\s+of\s+(Science|Arts))?\s+in\s+(?<field>[^.;()\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@",?\s+(or|and)\s+(a\s+|an\s+)?(related|equivalent|similar|relevant)\b|,?\s+(or equivalent|required|preferred|is|are|from|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldEnd();
}
