using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Parsing;

/// <summary>
/// Tells the job title from the employer in an entry's header lines, whichever order and
/// punctuation the resume uses ("Title at Company", "Company — Title", title line then company line).
/// </summary>
internal static partial class PositionHeader
{
    private static readonly FrozenSet<string> _titleWords = FrozenSet.ToFrozenSet(
        [
            "engineer", "developer", "programmer", "manager", "nurse", "rn", "lpn", "cna", "analyst", "specialist", "director",
            "teacher", "accountant", "consultant", "designer", "architect", "scientist", "representative", "rep",
            "coordinator", "assistant", "associate", "executive", "administrator", "technician", "officer", "supervisor",
            "intern", "lead", "head", "president", "vp", "founder", "co-founder", "owner", "clerk", "operator", "driver",
            "agent", "advisor", "adviser", "planner", "buyer", "controller", "auditor", "recruiter", "instructor", "tutor",
            "educator", "professor", "lecturer", "paralegal", "attorney", "bookkeeper", "teller", "dispatcher", "foreman",
            "mechanic", "electrician", "welder", "volunteer", "fellow", "resident", "researcher", "editor", "writer",
            "marketer", "strategist", "producer", "counselor", "caregiver", "medic", "paramedic", "pharmacist", "therapist",
            "practitioner", "aide", "cashier", "server", "chef", "cook", "worker", "handler", "picker", "packer", "tester",
            "principal", "chief", "cfo", "cto", "ceo", "coo", "cmo", "senior", "sr", "junior", "jr", "staff", "trainee",
            "apprentice", "partner", "sdr", "bdr", "sde", "swe", "qa", "devops", "sre", "hygienist", "sonographer",
            "technologist", "phlebotomist", "emt", "scheduler", "receptionist", "secretary", "generalist", "partner",
            "expert", "member", "leader", "superintendent", "estimator", "inspector", "merchandiser",
            "salesperson", "account", "sales", "customer", "support", "substitute", "para", "paraprofessional", "charge",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> _companyWords = FrozenSet.ToFrozenSet(
        [
            "inc", "llc", "ltd", "corp", "corporation", "company", "co", "group", "hospital", "health", "healthcare",
            "medical", "clinic", "university", "college", "school", "schools", "district", "bank", "systems",
            "technologies", "technology", "solutions", "logistics", "partners", "foundation", "agency", "services", "labs",
            "holdings", "gmbh", "plc", "studio", "studios", "center", "centre", "institute", "industries", "enterprises",
            "consulting", "capital", "financial", "insurance", "motors", "foods", "airlines", "freight", "express",
            "stores", "pharmacy", "network", "software", "media", "academy", "associates", "the", "&", "and", "bros",
            "s.a.", "ag", "sa", "llp", "pc", "trust", "hospitals", "county", "city", "state", "department",
            "ministry", "council", "global", "international", "brands", "retail", "markets", "supply", "distribution",
            "transport", "transportation", "manufacturing", "pharma", "pharmaceuticals", "energy",
            "credit", "union", "elementary", "middle", "high", "mercy", "saint", "st.",
        ],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|@)\s+(?<company>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtRegex();

    // Case-sensitive on purpose: ", CO" is Colorado, ", Co." is a company.
    [GeneratedRegex(@",\s*(?=(?:Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.|L\.P\.|LLP|PLC|GmbH)(?:\W|$))", RegexOptions.CultureInvariant)]
    private static partial Regex CompanySuffixCommaRegex();

    /// <summary>Title, company and location from an entry's header lines (dates already removed).</summary>
    public static (string? Title, string? Company, string? Location) Interpret(IEnumerable<string> headerLines)
    {
        string? location = null;
        var fields = new List<string>();
        foreach (var line in headerLines)
        {
            foreach (var field in Fields(line))
            {
                var at = AtRegex().Match(field);
                if (at.Success && Score(at.Groups["title"].Value) >= 0)
                {
                    return (at.Groups["title"].Value.Trim(), at.Groups["company"].Value.Trim(), location ?? Location(headerLines));
                }

                if (LocationFinder.IsLocation(field))
                {
                    location ??= field;
                }
                else
                {
                    fields.Add(field);
                }
            }
        }

        // Commas only separate title from company when nothing else does ("Accountant, Deloitte");
        // otherwise they belong to the text ("Registered Nurse, ICU").
        if (fields.Count == 1 && fields[0].Contains(", ", StringComparison.Ordinal))
        {
            fields = fields[0].Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return fields.Count switch
        {
            0 => (null, null, location),
            1 => Score(fields[0]) >= 0 ? (fields[0], null, location) : (null, fields[0], location),
            _ => Pick(fields, location),
        };
    }

    private static (string? Title, string? Company, string? Location) Pick(List<string> fields, string? location)
    {
        // The title is the most title-like field; ties go to the earlier one, as most resumes lead with it.
        var titleIndex = 0;
        for (var i = 1; i < fields.Count; i++)
        {
            if (Score(fields[i]) > Score(fields[titleIndex]))
            {
                titleIndex = i;
            }
        }

        var companyIndex = -1;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i != titleIndex && (companyIndex < 0 || Score(fields[i]) < Score(fields[companyIndex])))
            {
                companyIndex = i;
            }
        }

        return (fields[titleIndex], fields[companyIndex], location);
    }

    private static string? Location(IEnumerable<string> headerLines) =>
        headerLines.SelectMany(Fields).FirstOrDefault(LocationFinder.IsLocation);

    /// <summary>Positive for title-like text, negative for employer-like text.</summary>
    internal static int Score(string field)
    {
        var words = field.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }

        var title = words.Count(IsTitleWord);
        var company = words.Count(IsCompanyWord);
        // The last word names what the thing is: "Software Engineer" is a person, "Acme Software" a firm.
        var head = IsTitleWord(words[^1]) ? 2 : IsCompanyWord(words[^1]) ? -2 : 0;
        return title - company + head;
    }

    private static bool IsTitleWord(string word) => _titleWords.Contains(word.TrimEnd('.', ','));

    private static bool IsCompanyWord(string word) => _companyWords.Contains(word.TrimEnd(',')) || _companyWords.Contains(word.TrimEnd('.', ','));

    private static IEnumerable<string> Fields(string line)
    {
        var text = CompanySuffixCommaRegex().Replace(ResumeText.StripMarkup(line), " ");
        foreach (var field in ResumeText.SplitFields(text))
        {
            // "Company, City, ST": the place comes off the end; other commas stay for now.
            var parts = ResumeText.SplitCommaFields(field);
            var place = parts.Count > 1 && LocationFinder.IsLocation(parts[^1]) ? parts[^1] : null;
            var rest = string.Join(", ", place is null ? parts : parts.Take(parts.Count - 1)).Trim('-', '–', '—', ' ', '|', '(', ')');
            if (rest.Length > 0)
            {
                yield return rest;
            }

            if (place is not null)
            {
                yield return place;
            }
        }
    }
}
