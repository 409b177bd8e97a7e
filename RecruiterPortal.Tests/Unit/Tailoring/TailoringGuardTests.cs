using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using static RecruiterPortal.Core.Tailoring.GuardViolationTypes;

namespace RecruiterPortal.Tests.Unit.Tailoring;

public class TailoringGuardTests
{
    private readonly TailoringGuard _guard = new(SkillTaxonomy.Default);
    private readonly string _original = ResumeMarkdown.Render(TailoringFixtures.Resume("01_software_txt_caps.txt"));

    [Fact]
    public void The_untouched_original_passes()
    {
        Assert.True(_guard.Verify(_original, _original).Ok);
    }

    [Theory]
    [InlineData("Brightline Payments", "Google", NewEmployer, "'Google' is not an employer in the original resume")]
    [InlineData("Senior Software Engineer", "Principal Engineer", NewTitle, "'Principal Engineer' is not a job title in the original resume")]
    [InlineData("B.S. in Computer Science", "M.S. in Computer Science", NewDegree, "'M.S. in Computer Science' is not a degree in the original resume")]
    [InlineData("University of Texas at Dallas", "Stanford University", NewInstitution, "'Stanford University' is not a school in the original resume")]
    [InlineData("Cut p95 latency 40%", "Cut p95 latency 65%", NewNumber, "'65%' is a figure the original resume does not contain")]
    [InlineData("used by 300 clinics", "used by $2M of clinics", NewNumber, "'$2M' is a figure the original resume does not contain")]
    [InlineData("daniel.okafor@gmail.com", "dan@example.com", ContactChanged, "The email address was changed from 'daniel.okafor@gmail.com' to 'dan@example.com'")]
    [InlineData("# Daniel Okafor", "# Danny Okafor", ContactChanged, "The name was changed from 'Daniel Okafor' to 'Danny Okafor'")]
    [InlineData("github.com/dokafor", "github.com/someone", ContactChanged, "The GitHub link was changed from 'https://github.com/dokafor' to 'https://github.com/someone'")]
    [InlineData("Introduced GitHub Actions pipelines", "Introduced GitHub Actions pipelines, then Jenkins", NewSkill, "'Jenkins' is a skill the original resume never mentions")]
    [InlineData("Introduced GitHub Actions pipelines", "Introduced GitHub Actions pipelines in Go since 2009", NewDate, "'2009' is a date the original resume never mentions")]
    public void Detects_each_kind_of_fabrication(string before, string after, string type, string detail)
    {
        Assert.Contains(before, _original);
        var tailored = _original.Replace(before, after, StringComparison.Ordinal);

        var report = _guard.Verify(_original, tailored);

        Assert.False(report.Ok);
        Assert.Contains(report.Violations, v => v.Type == type && v.Detail == detail);
    }

    [Fact]
    public void Detects_changed_position_dates_and_added_certifications()
    {
        var resume = TailoringFixtures.Resume("01_software_txt_caps.txt");
        var job = resume.Experience[0];
        var tailored = ResumeMarkdown.Render(resume with
        {
            Experience = [job with { StartDate = "2017-06" }, .. resume.Experience.Skip(1)],
            Certifications = [.. resume.Certifications, "CISSP"],
        });

        var report = _guard.Verify(_original, tailored);

        Assert.Contains(report.Violations, v => v.Type == NewDate && v.Detail.StartsWith($"The dates of '{job.Title} at {job.Company}' were changed", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Type == NewCertification && v.Detail == "'CISSP' is not a certification in the original resume");
    }

    [Fact]
    public void Reports_dropped_sections_and_positions_only_when_experience_is_preserved()
    {
        var resume = TailoringFixtures.Resume("01_software_txt_caps.txt");
        var tailored = ResumeMarkdown.Render(resume with { Education = [], Experience = resume.Experience.Take(1).ToList() });

        var strict = _guard.Verify(_original, tailored, preserveExperience: true);
        var relaxed = _guard.Verify(_original, tailored, preserveExperience: false);

        Assert.Contains(strict.Violations, v => v.Type == SectionDropped && v.Detail == "The 'Education' section of the original resume is missing");
        Assert.Contains(strict.Violations, v => v.Type == SectionDropped && v.Text == $"{resume.Experience[1].Title} at {resume.Experience[1].Company}");
        Assert.DoesNotContain(relaxed.Violations, v => v.Type == SectionDropped);
    }

    [Fact]
    public void Alias_of_an_evidenced_skill_is_the_same_skill()
    {
        var original = "# A B\na@b.co\n\n## Skills\nJS, k8s, Postgres\n";
        var tailored = "# A B\na@b.co\n\n## Skills\nKey skills: JavaScript, Kubernetes, PostgreSQL\nJavaScript, Kubernetes, PostgreSQL\n";

        Assert.True(_guard.Verify(original, tailored).Ok);
        Assert.False(_guard.Verify(original, tailored.Replace("Kubernetes", "Terraform", StringComparison.Ordinal)).Ok);
    }

    [Fact]
    public void Same_input_gives_the_same_report()
    {
        var tailored = _original.Replace("Brightline Payments", "Google", StringComparison.Ordinal).Replace("40%", "90%", StringComparison.Ordinal);

        Assert.Equal(_guard.Verify(_original, tailored).Violations, _guard.Verify(_original, tailored).Violations);
    }
}
