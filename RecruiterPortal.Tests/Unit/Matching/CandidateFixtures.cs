using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Matching;

/// <summary>Resumes whose fit for the fixture jobs is not in doubt.</summary>
internal static class CandidateFixtures
{
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    public static ParsedResume PythonEngineer => new()
    {
        FullName = "Dana Kowalski",
        Summary = "Backend engineer building Python services and REST APIs for fintech products.",
        Skills = ["Python", "Django", "FastAPI", "PostgreSQL", "SQL", "Docker", "Git", "CI/CD", "Apache Kafka"],
        Experience =
        [
            new ParsedExperience
            {
                Title = "Senior Backend Engineer", Company = "PayFlow", StartDate = "2021-03", IsCurrent = true,
                Bullets = ["Built Django and FastAPI services handling 2M payments a day", "Tuned PostgreSQL queries and schemas", "Ran CI/CD with Docker images and Git flow"],
            },
            new ParsedExperience
            {
                Title = "Backend Engineer", Company = "Shoply", StartDate = "2018-01", EndDate = "2021-02",
                Bullets = ["Designed REST APIs in Python", "Streamed order events through Kafka"],
            },
        ],
        Education = [new ParsedEducation { Institution = "TU Delft", Degree = "BSc", FieldOfStudy = "Computer Science" }],
    };

    public static ParsedResume IcuNurse => new()
    {
        FullName = "Maria Santos",
        Summary = "Registered Nurse with six years of critical care experience in a Level I trauma ICU.",
        Skills = ["Patient Care", "Critical Care Nursing", "Ventilator Management", "Hemodynamic Monitoring", "Medication Administration", "Epic Systems", "BLS", "ACLS", "Critical Care Registered Nurse"],
        Experience =
        [
            new ParsedExperience
            {
                Title = "ICU Registered Nurse", Company = "Mercy General", StartDate = "2019-05", IsCurrent = true,
                Bullets = ["Patient care for ventilated patients and hemodynamic monitoring of post-cardiac surgery patients", "Medication administration and titration of drips; charted in Epic", "Infection control champion for the unit"],
            },
            new ParsedExperience
            {
                Title = "Registered Nurse", Company = "County Hospital", StartDate = "2017-06", EndDate = "2019-04",
                Bullets = ["Med-surg patient care for 5-6 patients a shift"],
            },
        ],
        Education = [new ParsedEducation { Institution = "State University", Degree = "Bachelor of Science in Nursing", FieldOfStudy = "Nursing" }],
        Certifications = ["BLS", "ACLS", "Critical Care Registered Nurse"],
    };
}
