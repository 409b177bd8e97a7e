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

    [GeneratedRegex(@",\s*(?=(?:Inc|LLC|Ltd|Corp|Co|L\.?P|LLP|PLC|GmbH)\b\.?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompanySuffixCommaRegex();

    /// <summary>Title, company and location from an entry's header lines (dates already removed).</summary>
    public static (string? Title, string? Company, string? Location) Interpret(IEnumerable<string> headerLines)
    {
        string? title = null, company = null, location = null;
        var fields = new List<string>();
        foreach (var line in headerLines)
        {
            foreach (var field in Fields(line))
            {
                var at = AtRegex().Match(field);
                if (at.Success && title is null && Score(at.Groups["title"].Value) > 0)
                {
                    title = at.Groups["title"].Value.Trim();
                    company = at.Groups["company"].Value.Trim();
                }
                else if (LocationFinder.IsLocation(field))
                {
                    location ??= field;
                }
                else
                {
                    fields.Add(field);
                }
            }
        }

        if (title is not null)
        {
            return (title, company, location);
        }

        if (fields.Count == 0)
        {
            return (null, null, location);
        }

        if (fields.Count == 1)
        {
            return Score(fields[0]) >= 0 ? (fields[0], null, location) : (null, fields[0], location);
        }

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

    /// <summary>Positive for title-like text, negative for employer-like text.</summary>
    internal static int Score(string field)
    {
        var words = field.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var title = words.Count(w => _titleWords.Contains(w.TrimEnd('.', ',')));
        var company = words.Count(w => _companyWords.Contains(w.TrimEnd(',')) || _companyWords.Contains(w.TrimEnd('.', ',')));
        return title - company;
    }

    private static IEnumerable<string> Fields(string line)
    {
        var text = CompanySuffixCommaRegex().Replace(ResumeText.StripMarkup(line), " ");
        foreach (var field in ResumeText.SplitFields(text))
        {
            // "Title, Company" and "Company, City, ST": split on commas but keep "City, ST" together.
            foreach (var part in ResumeText.SplitCommaFields(field))
            {
                yield return part.Trim('-', '–', '—', ' ', '|', '(', ')');
            }
        }
    }
}
