using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Benchmarks;

/// <summary>Seeded random resumes drawn from the taxonomy, run through the real feature builder.</summary>
internal static class SyntheticCandidates
{
    private static readonly string[] _titles =
    [
        "Backend Engineer", "Senior Software Engineer", "Frontend Developer", "Data Engineer", "DevOps Engineer",
        "Registered Nurse", "ICU Nurse", "Home Care Aide", "Account Executive", "Sales Associate", "Staff Accountant",
        "Financial Analyst", "Warehouse Associate", "Supply Chain Planner", "Marketing Manager", "HR Generalist",
        "Support Specialist", "Math Teacher", "Mechanical Engineer", "Project Manager",
    ];

    private static readonly string[] _words =
    [
        "built", "managed", "led", "improved", "designed", "delivered", "patients", "customers", "services", "reports",
        "pipelines", "orders", "accounts", "budget", "platform", "quality", "safety", "schedule", "students", "revenue",
        "inventory", "campaigns", "payments", "tickets", "shifts", "clients", "vendors", "dashboards", "releases", "audits",
    ];

    private static readonly string[] _degrees = ["High School Diploma", "Associate of Science", "BSc", "Bachelor of Arts", "MSc", "MBA", "PhD"];

    public static List<(Guid Id, CandidateFeatures Features)> Create(int count, int seed, SkillTaxonomy taxonomy, DateOnly asOf)
    {
        var random = new Random(seed);
        var builder = new MatchFeatureBuilder(taxonomy);
        var skills = taxonomy.Skills.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        var list = new List<(Guid, CandidateFeatures)>(count);
        var bytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            var mine = Enumerable.Range(0, random.Next(4, 16)).Select(_ => skills[random.Next(skills.Length)]).Distinct().ToList();
            var experience = new List<ParsedExperience>();
            var year = 2025 - random.Next(1, 20);
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                var length = random.Next(1, 6);
                experience.Add(new ParsedExperience
                {
                    Title = _titles[random.Next(_titles.Length)],
                    StartDate = $"{year}-{1 + random.Next(12):00}",
                    EndDate = j == 1 ? null : $"{Math.Min(2025, year + length)}-{1 + random.Next(12):00}",
                    IsCurrent = j == 1,
                    Bullets = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence(random, mine)).ToList(),
                });
                year = Math.Min(2024, year + length);
            }

            var resume = new ParsedResume
            {
                Summary = Sentence(random, mine),
                Skills = mine,
                Experience = experience,
                Education = random.Next(5) == 0 ? [] : [new ParsedEducation { Degree = _degrees[random.Next(_degrees.Length)], FieldOfStudy = "Computer Science" }],
            };
            random.NextBytes(bytes);
            list.Add((new Guid(bytes), builder.BuildCandidate(resume, null, asOf)));
        }

        return list;
    }

    private static string Sentence(Random random, List<string> skills) =>
        string.Join(' ', Enumerable.Range(0, random.Next(8, 16))
            .Select(_ => random.Next(4) == 0 ? skills[random.Next(skills.Count)] : _words[random.Next(_words.Length)]));
}
