using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class ResumeParserTests
{
    private readonly ResumeParser _parser = new(SkillTaxonomy.Default);

    [Theory]
    [InlineData("José Álvarez")]
    [InlineData("Zoë Brontë-Smith")]
    [InlineData("Siobhán O'Connor")]
    [InlineData("Nguyễn Thị Lan")]
    [InlineData("Ana María de la Cruz")]
    public void Reads_names_with_diacritics_and_particles(string name)
    {
        var parsed = _parser.Parse($"{name}\nSeattle, WA | 206-555-0110 | someone@example.com\n\nSkills\nPython");

        Assert.Equal(name, parsed.FullName);
    }

    [Fact]
    public void An_all_caps_name_comes_back_in_title_case()
    {
        Assert.Equal("José Álvarez", _parser.Parse("JOSÉ ÁLVAREZ\njose@example.com").FullName);
    }

    [Fact]
    public void Reads_contact_details_and_links()
    {
        var parsed = _parser.Parse("""
            Jane Q. Doe, RN
            Portland, OR · (503) 555-0161 · jane.doe@example.org
            linkedin.com/in/jane-doe-rn | github.com/janedoe | janedoe.dev
            """);

        Assert.Equal("Jane Q. Doe", parsed.FullName);
        Assert.Equal("Portland, OR", parsed.Location);
        Assert.Equal("(503) 555-0161", parsed.Phone);
        Assert.Equal("+15035550161", PhoneNumbers.ToE164(parsed.Phone));
        Assert.Equal("jane.doe@example.org", parsed.Email);
        Assert.Equal("https://linkedin.com/in/jane-doe-rn", parsed.LinkedinUrl);
        Assert.Equal("https://github.com/janedoe", parsed.GithubUrl);
        Assert.Equal("https://janedoe.dev", parsed.Website);
    }

    [Theory]
    [InlineData("Software Engineer at Acme Corp | Jan 2020 – Present")]
    [InlineData("Software Engineer, Acme Corp — Jan 2020 – Present")]
    [InlineData("Acme Corp — Software Engineer\nAustin, TX | Jan 2020 – Present")]
    [InlineData("Software Engineer\nAcme Corp, Austin, TX\nJan 2020 – Present")]
    [InlineData("Acme Corp, Austin, TX\nSoftware Engineer    Jan 2020 – Present")]
    [InlineData("Software Engineer | Acme Corp | Austin, TX | Jan 2020 to Current")]
    public void Reads_positions_in_their_common_layouts(string header)
    {
        var parsed = _parser.Parse($"Experience\n{header}\n• Built billing APIs in C#\n");

        var position = Assert.Single(parsed.Experience);
        Assert.Equal("Software Engineer", position.Title);
        Assert.Equal("Acme Corp", position.Company);
        Assert.Equal("2020-01", position.StartDate);
        Assert.Null(position.EndDate);
        Assert.True(position.IsCurrent);
        Assert.Equal(["Built billing APIs in C#"], position.Bullets);
    }

    [Fact]
    public void Reads_consecutive_positions_without_bullets()
    {
        var parsed = _parser.Parse("""
            WORK HISTORY
            Staff Nurse
            Mercy Hospital, Springfield, MO
            03/2018 - 11/2020
            Nurse Aide
            Cox Health, Branson, MO
            2016 - 2018
            """);

        Assert.Equal(["Staff Nurse", "Nurse Aide"], parsed.Experience.Select(e => e.Title));
        Assert.Equal(["Mercy Hospital", "Cox Health"], parsed.Experience.Select(e => e.Company));
        Assert.Equal(("2018-03", "2020-11"), (parsed.Experience[0].StartDate, parsed.Experience[0].EndDate));
        Assert.Equal("Springfield, MO", parsed.Experience[0].Location);
    }

    [Fact]
    public void Reads_education_projects_certifications_and_languages()
    {
        var parsed = _parser.Parse("""
            EDUCATION
            Bachelor of Science in Nursing
            University of Texas at Arlington, 2013 – 2017
            GPA: 3.7/4.0

            PROJECTS
            Trailmap — https://trailmap.app
            Route planner built with React and PostgreSQL.

            CERTIFICATIONS
            BLS, ACLS, PALS

            LANGUAGES
            Spanish (native), English (fluent)
            """);

        var school = Assert.Single(parsed.Education);
        Assert.Equal(("University of Texas at Arlington", "Bachelor of Science", "Nursing"), (school.Institution, school.Degree, school.FieldOfStudy));
        Assert.Equal(("2013", "2017", "3.7/4.0"), (school.StartDate, school.EndDate, school.Gpa));
        var project = Assert.Single(parsed.Projects);
        Assert.Equal(("Trailmap", "https://trailmap.app"), (project.Name, project.Url));
        Assert.Equal(["React", "PostgreSQL"], project.Technologies);
        Assert.Equal(["BLS", "ACLS", "PALS"], parsed.Certifications);
        Assert.Equal(["Spanish (native)", "English (fluent)"], parsed.Languages);
    }

    [Fact]
    public void Skills_come_from_the_skills_section_first_then_the_rest_of_the_resume_without_repeats()
    {
        var parsed = _parser.Parse("""
            Summary
            Nurse moving into health informatics; builds reports in SQL.

            Experience
            Charge Nurse, St. Luke's Hospital, 2019 - 2023
            • Trained staff on Epic and wound care

            Skills
            Epic, EHR, K8s, JS, Postgres
            """);

        Assert.Equal(["Epic Systems", "Electronic Health Records", "Kubernetes", "JavaScript", "PostgreSQL", "SQL", "Nursing Leadership", "Wound Care"], parsed.Skills);
    }

    [Fact]
    public void Certifications_wrapped_in_a_narrow_column_are_joined_again()
    {
        var parsed = _parser.Parse("CERTIFICATIONS\nCertified Kubernetes\nAdministrator (CKA)\nAWS Certified Solutions\nArchitect – Associate\nBLS");

        Assert.Equal(["Certified Kubernetes Administrator (CKA)", "AWS Certified Solutions Architect – Associate", "BLS"], parsed.Certifications);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_result()
    {
        const string text = "Jane Doe\njane@example.com\nSkills\nPython, SQL\nExperience\nAnalyst, Acme, 2019 - 2021";

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(_parser.Parse(text)), System.Text.Json.JsonSerializer.Serialize(_parser.Parse(text)));
    }
}
