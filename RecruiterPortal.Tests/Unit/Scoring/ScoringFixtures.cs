using System.Text.Json;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Scoring;

namespace RecruiterPortal.Tests.Unit.Scoring;

/// <summary>A small job and resume whose verdicts are known, and answers a model might give about them.</summary>
internal static class ScoringFixtures
{
    public static readonly DateOnly AsOf = new(2026, 1, 1);

    public static readonly JobProfile Job = new()
    {
        Title = "Data Engineer",
        RequiredSkills = ["Python", "SQL", "Kubernetes"],
        PreferredSkills = ["Docker"],
        MinYearsExperience = 5,
        EducationLevel = EducationLevel.Bachelor,
    };

    public const string ResumeText = """
        Ada Fernsby
        ada@example.com

        Experience
        Data Engineer, Northwind Analytics, 2019-01 to 2025-12
        • Built Python pipelines loading 2 TB a day into the warehouse.
        • Tuned SQL queries and Python jobs for the finance team.
        • Wrote SQL reports for the board.

        Education
        Bachelor of Science in Computer Science, University of Leeds, 2018

        Skills
        Python, SQL, Docker
        """;

    public static readonly ParsedResume Resume = new()
    {
        FullName = "Ada Fernsby",
        Email = "ada@example.com",
        Skills = ["Python", "SQL", "Docker"],
        Experience =
        [
            new ParsedExperience { Title = "Data Engineer", Company = "Northwind Analytics", StartDate = "2019-01", EndDate = "2025-12", Bullets = ["Built Python pipelines loading 2 TB a day into the warehouse."] },
        ],
        Education = [new ParsedEducation { Degree = "Bachelor of Science", FieldOfStudy = "Computer Science", Institution = "University of Leeds", EndDate = "2018" }],
    };

    public static IReadOnlyList<JobRequirement> Requirements => JobRequirement.From(Job);

    /// <summary>A well-formed answer: every requirement judged, quotes copied from the resume.</summary>
    public static string GoodAnswer(double overall = 0.8) => Answer(overall,
        ("R1", "met", "Built Python pipelines loading 2 TB a day into the warehouse."),
        ("R2", "met", "Tuned SQL queries"),
        ("R3", "missing", null),
        ("R4", "partial", "Python, SQL, Docker"),
        ("R5", "met", "Data Engineer, Northwind Analytics, 2019-01 to 2025-12"),
        ("R6", "met", "Bachelor of Science in Computer Science"));

    public static string Answer(double overall, params (string Id, string Verdict, string? Evidence)[] verdicts) =>
        JsonSerializer.Serialize(new
        {
            overall_score = overall,
            summary = "Strong data engineer without Kubernetes.",
            requirements = verdicts.Select(v => new { id = v.Id, verdict = v.Verdict, evidence = v.Evidence, reason = "as read" }),
        });
}
