using System.Text.Json;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Tests.Unit.Tailoring;

public class ResumeMarkdownTests
{
    public static TheoryData<string> Resumes() => new(TailoringFixtures.Pairs.Select(p => p.Resume));

    [Theory]
    [MemberData(nameof(Resumes))]
    public void Rendered_markdown_reads_back_to_the_same_resume(string file)
    {
        var resume = Normalize(TailoringFixtures.Resume(file));

        var markdown = ResumeMarkdown.Render(resume);
        var back = ResumeMarkdown.ToResume(markdown);

        Assert.Equal(Json(resume), Json(Normalize(back)));
        Assert.Equal(markdown, ResumeMarkdown.Render(back));
    }

    [Fact]
    public void Writes_the_canonical_layout_and_reads_the_key_skills_line()
    {
        var resume = new ParsedResume
        {
            FullName = "Ana Ruiz",
            Email = "ana@example.com",
            Phone = "(512) 555-0100",
            Location = "Austin, TX",
            LinkedinUrl = "linkedin.com/in/anaruiz",
            Summary = "Engineer with 5 years in JS.",
            Skills = ["JavaScript", "React"],
            Experience = [new ParsedExperience { Title = "Engineer", Company = "Acme", StartDate = "2020-01", IsCurrent = true, Location = "Austin, TX", Bullets = ["Built UI in JS"] }],
            Education = [new ParsedEducation { Degree = "B.S.", FieldOfStudy = "Computer Science", Institution = "UT Austin", StartDate = "2014", EndDate = "2018", Gpa = "3.7" }],
            Projects = [new ParsedProject { Name = "Todo", Description = "A todo app", Technologies = ["React"], Url = "https://github.com/ana/todo" }],
            Certifications = ["AWS Certified Developer"],
            Languages = ["Spanish"],
        };

        var markdown = ResumeMarkdown.Render(resume, ["JavaScript"]);
        var document = ResumeMarkdown.Parse(markdown);

        Assert.StartsWith("# Ana Ruiz\nana@example.com | (512) 555-0100 | Austin, TX | linkedin.com/in/anaruiz\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("### Engineer — Acme\n2020-01 – Present · Austin, TX\n- Built UI in JS", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("### B.S. in Computer Science — UT Austin\n2014 – 2018 · GPA 3.7", markdown.ReplaceLineEndings("\n"));
        Assert.Equal(["JavaScript"], document.KeySkills);
        Assert.Equal(["Summary", "Skills", "Experience", "Education", "Projects", "Certifications", "Languages"], document.Sections);
        Assert.Equal(Json(resume), Json(document.Resume));
    }

    private static string Json(ParsedResume resume) => JsonSerializer.Serialize(resume);

    /// <summary>Markdown keeps each field on one line, and "Present" stands for any end date of a current job.</summary>
    private static ParsedResume Normalize(ParsedResume r) => r with
    {
        Summary = One(r.Summary),
        Experience = r.Experience.Select(e => e with
        {
            Title = One(e.Title), Company = One(e.Company), Location = One(e.Location),
            EndDate = e.IsCurrent ? null : e.EndDate,
            Bullets = e.Bullets.Select(b => One(b)!).Where(b => b.Length > 0).ToList(),
        }).ToList(),
        Education = r.Education.Select(e => e with { Degree = One(e.Degree), FieldOfStudy = One(e.FieldOfStudy), Institution = One(e.Institution) }).ToList(),
        Projects = r.Projects.Select(p => p with { Name = One(p.Name), Description = One(p.Description) }).ToList(),
    };

    private static string? One(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
