using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Turns the education section into courses of study: institution, degree, field, dates, GPA.</summary>
internal static partial class EducationParser
{
    [GeneratedRegex(
        @"(?<![\p{L}])(?<degree>(?:bachelor|master|associate)(?:'?s|’s)?(?:\s+degree)?(?:\s+of\s+(?:applied\s+)?(?:science|arts|fine\s+arts|business\s+administration|engineering|education|laws|public\s+health|social\s+work|commerce|technology|health\s+administration|nursing|music|architecture|accountancy|accounting|finance|information\s+systems|computer\s+science))?"
        + @"|doctor(?:ate)?(?:\s+of\s+(?:philosophy|medicine|nursing\s+practice|pharmacy|education|jurisprudence))?|ph\.?\s?d\.?|m\.?\s?b\.?\s?a\.?|b\.?\s?s\.?\s?n\.?|m\.?\s?s\.?\s?n\.?|a\.?\s?d\.?\s?n\.?|d\.?n\.?p\.?|ed\.?\s?d\.?|m\.?\s?ed\.?|b\.?\s?ed\.?|j\.?\s?d\.?|m\.?\s?d\.?|pharm\.?\s?d\.?|ll\.?\s?[bm]\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?tech\.?|m\.?\s?tech\.?|b\.e\.|m\.e\.|b\.?\s?eng\.?|m\.?\s?eng\.?|b\.?\s?com\.?|b\.?\s?b\.?\s?a\.?|b\.?\s?f\.?\s?a\.?|m\.?\s?f\.?\s?a\.?|m\.?\s?p\.?\s?h\.?|m\.?\s?h\.?\s?a\.?|m\.?\s?a\.?\s?t\.?|a\.?\s?a\.?\s?s\.?|b\.?\s?a\.?|b\.?\s?s\.?|m\.?\s?a\.?|m\.?\s?s\.?|a\.?\s?a\.?|a\.?\s?s\.?"
        + @"|high\s+school\s+diploma|ged|diploma|certificate|graduate\s+certificate|postgraduate\s+diploma|licen[cs]iatura|licence|maîtrise|abitur)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex DegreeRegex();

    [GeneratedRegex(@"\b(?:university|college|institute|school|academy|polytechnic|universidad|université|universität|universita|università|conservatory|seminary|escuela|hochschule|ecole|école|faculty|politecnico|polytechnique|politécnica|tecnológico|technische)\b|\b(?:MIT|UCLA|NYU|USC|CUNY|SUNY|UC\s+\p{Lu}\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex InstitutionRegex();

    [GeneratedRegex(@"\bGPA\s*[:\-]?\s*(?<gpa>[0-4]\.\d{1,2}(?:\s*/\s*[45]\.0{1,2})?)|(?<gpa>[0-4]\.\d{1,2}\s*/\s*4\.0{1,2})(?:\s*GPA)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex GpaRegex();

    public static List<ParsedEducation> Parse(IEnumerable<string> lines)
    {
        var result = new List<ParsedEducation>();
        var current = new ParsedEducation();
        var hasContent = false;
        foreach (var raw in lines)
        {
            var line = ResumeText.StripMarkup(ResumeText.StripBullet(raw));
            if (line.Length == 0)
            {
                continue;
            }

            var next = Read(line, current, out var startsNew);
            if (startsNew && hasContent)
            {
                result.Add(current);
                next = Read(line, new ParsedEducation(), out _);
            }

            hasContent |= next != current;
            current = next;
        }

        if (hasContent)
        {
            result.Add(current);
        }

        return result.Where(e => e.Institution is not null || e.Degree is not null).ToList();
    }

    /// <summary>Adds what a line says to an entry; <paramref name="startsNew"/> when the line names a second school or degree.</summary>
    private static ParsedEducation Read(string line, ParsedEducation entry, out bool startsNew)
    {
        startsNew = false;
        var text = line;
        var gpa = GpaRegex().Match(text);
        if (gpa.Success)
        {
            entry = entry with { Gpa = entry.Gpa ?? gpa.Groups["gpa"].Value.Replace(" ", "", StringComparison.Ordinal) };
            text = text.Remove(gpa.Index, gpa.Length);
        }

        if (DateRangeParser.TryFind(text, allowSingle: true, out var dates, out var at, out var length))
        {
            startsNew |= entry.EndDate is not null && entry.Institution is not null && entry.Degree is not null;
            if (!startsNew)
            {
                entry = entry with { StartDate = entry.StartDate ?? dates.Start, EndDate = entry.EndDate ?? dates.End ?? (dates.IsCurrent ? "Present" : null) };
            }

            text = text.Remove(at, length);
        }

        foreach (var field in ResumeText.SplitFields(text).SelectMany(ResumeText.SplitCommaFields))
        {
            var clean = field.Trim(' ', ',', '-', '–', '—', '|', '(', ')', ':');
            if (clean.Length == 0 || LocationFinder.IsLocation(clean) || IsAside(clean))
            {
                continue;
            }

            var degree = DegreeRegex().Match(clean);
            if (degree.Success && !IsPlausibleDegree(degree.Value))
            {
                degree = Match.Empty;
            }

            if (InstitutionRegex().IsMatch(clean) && !(degree.Success && degree.Index == 0))
            {
                startsNew |= entry.Institution is not null;
                entry = entry.Institution is null ? entry with { Institution = clean } : entry;
            }
            else if (degree.Success && entry.Degree is null && (degree.Index == 0 || clean.Length < 60))
            {
                entry = entry with { Degree = degree.Value.Trim(), FieldOfStudy = entry.FieldOfStudy ?? FieldOf(clean, degree) };
            }
            else if (degree.Success && entry.Degree is not null && degree.Index == 0)
            {
                startsNew = true;
            }
            else if (entry.Degree is not null && entry.FieldOfStudy is null && clean.Length < 60 && !clean.Any(char.IsDigit))
            {
                entry = entry with { FieldOfStudy = clean.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? clean[3..] : clean };
            }
        }

        return entry;
    }

    /// <summary>Coursework, honours and the like, which are not a field of study.</summary>
    private static bool IsAside(string field) =>
        new[] { "coursework", "honors", "honours", "dean", "thesis", "minor", "activities", "relevant", "laude", "award", "scholarship", "club" }
            .Any(w => field.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Two-letter abbreviations (MS, BA, AS) only count in capitals, so "as" and "ma" in prose do not.</summary>
    private static bool IsPlausibleDegree(string degree) =>
        degree.Length > 4 || degree.Contains('.') || degree.Where(char.IsLetter).All(char.IsUpper);

    private static string? FieldOf(string field, Match degree)
    {
        var rest = field[(degree.Index + degree.Length)..].Trim(' ', ',', '.', '-', '–', ':');
        foreach (var lead in new[] { "in ", "of ", "degree in " })
        {
            if (rest.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[lead.Length..];
            }
        }

        // "(BSN)" after the words repeats the degree.
        rest = Regex.Replace(rest, @"\s*\([^)]*\)\s*", " ", RegexOptions.None, TimeSpan.FromMilliseconds(100)).Trim();
        return rest.Length > 0 ? rest : null;
    }
}
