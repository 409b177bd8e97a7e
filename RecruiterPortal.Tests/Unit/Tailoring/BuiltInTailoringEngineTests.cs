using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Unit.Tailoring;

public class BuiltInTailoringEngineTests(ITestOutputHelper output)
{
    private readonly BuiltInTailoringEngine _engine = new(SkillTaxonomy.Default, TailoringFixtures.AsOf);
    private readonly TailoringGuard _guard = new(SkillTaxonomy.Default);

    [Fact]
    public void Tailoring_raises_the_score_without_fabricating_on_realistic_pairs()
    {
        var improved = 0;
        foreach (var (file, jobName) in TailoringFixtures.Pairs)
        {
            var resume = TailoringFixtures.Resume(file);
            var job = TailoringFixtures.Job(jobName);

            var result = _engine.Tailor(resume, TailoringFixtures.ResumeText(file), job, new TailorOptions());
            output.WriteLine($"| {file} | {jobName} | {result.OriginalScore:0.0000} | {result.TailoredScore:0.0000} | {result.Iterations} | {result.MatchedSkills.Count} | {result.MissingSkills.Count} |");

            Assert.True(result.TailoredScore >= result.OriginalScore, $"{file}: {result.TailoredScore} < {result.OriginalScore}");
            improved += result.TailoredScore > result.OriginalScore ? 1 : 0;
            Assert.True(_guard.Verify(result.OriginalMarkdown, result.TailoredMarkdown).Ok);
            Assert.DoesNotContain(result.Improvements, i => i.Type == ImprovementTypes.Rejected);
            Assert.Empty(result.AddedSkills);

            // Gaps are reported to the recruiter, never written into the resume.
            var tailoredSkills = SkillTaxonomy.Default.FindMentions(result.TailoredMarkdown).Select(m => m.Skill.Name).ToHashSet();
            Assert.All(result.MissingSkills, s => Assert.DoesNotContain(s, tailoredSkills));
            Assert.All(result.MatchedSkills, s => Assert.Contains(s, job.RequiredSkills.Concat(job.PreferredSkills)));

            var again = _engine.Tailor(resume, TailoringFixtures.ResumeText(file), job, new TailorOptions());
            Assert.Equal(result.TailoredMarkdown, again.TailoredMarkdown);
            Assert.Equal(result.Improvements, again.Improvements);
        }

        Assert.True(improved >= TailoringFixtures.Pairs.Length - 1, $"only {improved} of {TailoringFixtures.Pairs.Length} pairs improved");
    }

    [Fact]
    public void Aligns_aliases_to_the_job_terms_and_keeps_names_titles_dates_and_figures()
    {
        var resume = TailoringFixtures.Resume("01_software_txt_caps.txt");
        resume = resume with
        {
            Experience = [resume.Experience[0] with { Bullets = [.. resume.Experience[0].Bullets, "Deployed services to k8s with Helm"] }, .. resume.Experience.Skip(1)],
        };
        var job = TailoringFixtures.Job("devops-engineer");

        var result = _engine.Tailor(resume, null, job, new TailorOptions());
        var tailored = ResumeMarkdown.ToResume(result.TailoredMarkdown);

        Assert.Contains("Kubernetes", job.RequiredSkills.Concat(job.PreferredSkills));
        Assert.Contains(tailored.Experience[0].Bullets, b => b == "Deployed services to Kubernetes with Helm");
        Assert.Contains(result.Improvements, i => i.Type == ImprovementTypes.Wording && i.Description.Contains("'k8s' as 'Kubernetes'", StringComparison.Ordinal));
        Assert.Equal(resume.FullName, tailored.FullName);
        Assert.Equal(resume.Experience.Select(e => (e.Title, e.Company, e.StartDate, e.IsCurrent)), tailored.Experience.Select(e => (e.Title, e.Company, e.StartDate, e.IsCurrent)));
        Assert.Contains("Key skills:", result.TailoredMarkdown, StringComparison.Ordinal);
        Assert.StartsWith(resume.Experience[0].Title!, tailored.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_at_the_target_score_and_honours_max_iterations()
    {
        var resume = TailoringFixtures.Resume("09_data_scientist_md.md");
        var job = TailoringFixtures.Job("ml-engineer");

        var one = _engine.Tailor(resume, null, job, new TailorOptions { MaxIterations = 1 });
        var reached = _engine.Tailor(resume, null, job, new TailorOptions { TargetScore = 0 });

        Assert.Equal(1, one.Iterations);
        Assert.Equal(0, reached.Iterations);
        Assert.Equal(reached.OriginalMarkdown, reached.TailoredMarkdown);
    }

    [Theory]
    [InlineData(0, null, "max_iterations must be between 1 and 10")]
    [InlineData(11, null, "max_iterations must be between 1 and 10")]
    [InlineData(5, 1.5, "target_score must be between 0 and 1")]
    public void Invalid_options_are_explained(int maxIterations, double? target, string message)
    {
        var options = new TailorOptions { MaxIterations = maxIterations, TargetScore = target };

        Assert.Equal([message], options.Validate());
        var error = Assert.Throws<ArgumentException>(() => _engine.Tailor(TailoringFixtures.Resume("01_software_txt_caps.txt"), null, TailoringFixtures.Job("dotnet-backend"), options));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(new TailorOptions().Validate());
    }
}
