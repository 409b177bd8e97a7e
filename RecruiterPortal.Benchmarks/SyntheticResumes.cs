using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Benchmarks;

/// <summary>Seeded random parsed resumes drawn from the taxonomy, to store as candidates.</summary>
internal static class SyntheticResumes
{
    private static readonly string[] _titles =
    [
        "Backend Engineer", "Senior Software Engineer", "Frontend Developer", "Data Engineer", "Registered Nurse",
        "ICU Nurse", "Account Executive", "Staff Accountant", "Financial Analyst", "Warehouse Associate",
        "Supply Chain Planner", "Marketing Manager", "Support Specialist", "Math Teacher", "Project Manager",
    ];

    private static readonly string[] _words =
    [
        "built", "managed", "led", "improved", "designed", "delivered", "patients", "customers", "services", "reports",
        "pipelines", "orders", "accounts", "budget", "platform", "quality", "safety", "schedule", "revenue", "payments",
    ];

    public static IEnumerable<(string Text, ParsedResume Resume)> Create(int count, int seed, SkillTaxonomy taxonomy)
    {
        var random = new Random(seed);
        var skills = taxonomy.Skills.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var mine = Enumerable.Range(0, random.Next(4, 16)).Select(_ => skills[random.Next(skills.Length)]).Distinct().ToList();
            var year = 2025 - random.Next(1, 20);
            var experience = Enumerable.Range(0, random.Next(1, 4)).Select(j => new ParsedExperience
            {
                Title = _titles[random.Next(_titles.Length)],
                Company = $"Company {random.Next(500)}",
                StartDate = $"{year + (2 * j)}-{1 + random.Next(12):00}",
                IsCurrent = j == 0,
                Bullets = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence(random, mine)).ToList(),
            }).ToList();
            var resume = new ParsedResume
            {
                FullName = $"Candidate {i:00000}",
                Email = $"candidate{i}@bench.test",
                Summary = Sentence(random, mine),
                Skills = mine,
                Experience = experience,
                Education = random.Next(5) == 0 ? [] : [new ParsedEducation { Degree = "BSc", FieldOfStudy = "Computer Science" }],
            };
            yield return (Core.Matching.MatchFeatureBuilder.ComposeText(resume), resume);
        }
    }

    private static string Sentence(Random random, List<string> skills) =>
        string.Join(' ', Enumerable.Range(0, random.Next(8, 16))
            .Select(_ => random.Next(4) == 0 ? skills[random.Next(skills.Count)] : _words[random.Next(_words.Length)]));
}
