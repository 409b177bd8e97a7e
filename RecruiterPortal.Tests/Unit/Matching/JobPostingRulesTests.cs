using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;

namespace RecruiterPortal.Tests.Unit.Matching;

/// <summary>Posting validation, corrections over extraction, and the weights hash analyses are keyed by.</summary>
public sealed class JobPostingRulesTests
{
    [Fact]
    public void Validation_names_each_bad_field()
    {
        var errors = JobPostingValidator.Validate(new JobPostingInput
        {
            Title = " ",
            Description = "",
            EmploymentType = "forever",
            Status = "open",
            ApplicationStatus = "hired",
            SalaryMin = 90_000,
            SalaryMax = 50_000,
            SalaryCurrency = "EURO",
        });
        Assert.Equal(["application_status", "description", "employment_type", "salary_currency", "salary_min", "status", "title"], errors.Keys.Order());
        Assert.Empty(JobPostingValidator.Validate(new JobPostingInput { Title = "Nurse", Description = "Care for patients.", EmploymentType = EmploymentTypes.Internship, SalaryCurrency = "usd" }));
    }

    [Fact]
    public void Corrections_replace_only_the_fields_they_set()
    {
        var extracted = new JobProfile
        {
            Title = "Engineer",
            RequiredSkills = ["Python"],
            PreferredSkills = ["Docker"],
            MinYearsExperience = 5,
            EducationLevel = EducationLevel.Bachelor,
            KeyPhrases = ["payments"],
        };
        var effective = new JobProfileOverrides(RequiredSkills: ["Python", "Django"], EducationLevel: EducationLevel.None).ApplyTo(extracted);
        Assert.Equal(["Python", "Django"], effective.RequiredSkills);
        Assert.Equal(["Docker"], effective.PreferredSkills);
        Assert.Equal(5, effective.MinYearsExperience);
        Assert.Equal(EducationLevel.None, effective.EducationLevel);
        Assert.Equal(["payments"], effective.KeyPhrases);
        Assert.True(new JobProfileOverrides().IsEmpty);

        var json = JobProfileJson.Serialize(new JobProfileOverrides(MinYearsExperience: 2, EducationLevel: EducationLevel.Master));
        Assert.Contains("\"education_level\":\"master\"", json, StringComparison.Ordinal);
        Assert.Equal(new JobProfileOverrides(MinYearsExperience: 2, EducationLevel: EducationLevel.Master) with { }, JobProfileJson.Deserialize<JobProfileOverrides>(json));
    }

    [Fact]
    public void The_weights_hash_changes_with_any_weight_and_only_then()
    {
        var hash = CurrentWeightage.HashOf(WeightageProfile.Default);
        Assert.Equal(16, hash.Length);
        Assert.Equal(hash, CurrentWeightage.HashOf(WeightageProfile.Default with { }));
        Assert.NotEqual(hash, CurrentWeightage.HashOf(WeightageProfile.Default with { EducationFit = 0.09 }));
    }
}
