using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Matching;

public class JobDescriptionExtractorTests
{
    private readonly JobDescriptionExtractor _extractor = new(SkillTaxonomy.Default);

    [Fact]
    public void Reads_title_years_seniority_education_salary_and_benefits()
    {
        var job = _extractor.Extract(JobFixtures.Text("backend-python"));

        Assert.Equal("Senior Backend Engineer (Python)", job.Title);
        Assert.Equal(5, job.MinYearsExperience);
        Assert.Equal(Seniority.Senior, job.Seniority);
        Assert.Equal(EducationLevel.Bachelor, job.EducationLevel);
        Assert.Equal("Computer Science", job.EducationField);
        Assert.Equal("€75,000 – €90,000 per year", job.SalaryText);
        Assert.Contains("30 days paid time off", job.Benefits);
        Assert.Contains("Deep knowledge of Python and Django", job.RequirementLines);
        Assert.DoesNotContain(job.RequirementLines, l => l.Contains("Ledgerly", StringComparison.Ordinal));
        Assert.NotEmpty(job.KeyPhrases);
    }

    [Theory]
    [InlineData("Must have 3-5 years of experience with Java.", 3.0)]
    [InlineData("At least two years of experience in retail.", 2.0)]
    [InlineData("Requirements:\n- 7+ yrs experience\n- 2+ years managing people", 7.0)]
    [InlineData("A 2-year degree is fine.", null)]
    public void Reads_minimum_years(string text, double? expected) =>
        Assert.Equal(expected, _extractor.Extract("Analyst\n" + text).MinYearsExperience);

    [Theory]
    [InlineData("High school diploma or GED required.", EducationLevel.HighSchool)]
    [InlineData("Associate degree in Nursing required, BSN preferred", EducationLevel.Associate)]
    [InlineData("MS or PhD in Statistics", EducationLevel.Master)]
    [InlineData("Advanced MS Excel skills", EducationLevel.None)]
    public void Reads_education_asked(string line, EducationLevel expected) =>
        Assert.Equal(expected, _extractor.Extract("Analyst\nRequirements\n- " + line).EducationLevel);

    [Theory]
    [InlineData("Junior Data Analyst", Seniority.Junior)]
    [InlineData("Lead Data Engineer", Seniority.Lead)]
    [InlineData("Principal Engineer", Seniority.Principal)]
    [InlineData("Engineering Manager", Seniority.Manager)]
    [InlineData("Summer Intern, Finance", Seniority.Intern)]
    public void Reads_seniority_from_the_title(string title, Seniority expected) =>
        Assert.Equal(expected, _extractor.Extract(title + "\nWe build things.").Seniority);

    [Fact]
    public void Inline_cues_override_the_section()
    {
        var job = _extractor.Extract("Engineer\nRequirements\n- Python required; Kubernetes is a plus\n- Docker (Terraform nice to have)");

        Assert.Equal(["Python", "Docker"], job.RequiredSkills);
        Assert.Equal(["Kubernetes", "Terraform"], job.PreferredSkills);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var text = JobFixtures.Text("marketing-manager");

        Assert.Equivalent(_extractor.Extract(text), new JobDescriptionExtractor(SkillTaxonomy.Default).Extract(text), strict: true);
    }
}
