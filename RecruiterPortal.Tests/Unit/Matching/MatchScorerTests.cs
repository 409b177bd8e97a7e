using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Matching;

public class MatchScorerTests
{
    private readonly SkillTaxonomy _taxonomy = SkillTaxonomy.Default;
    private readonly MatchFeatureBuilder _builder = new(SkillTaxonomy.Default);
    private readonly MatchScorer _scorer = new(SkillTaxonomy.Default);

    private JobFeatures Job(string fixture) =>
        _builder.BuildJob(new JobDescriptionExtractor(_taxonomy).Extract(JobFixtures.Text(fixture)));

    private CandidateFeatures Candidate(ParsedResume resume) => _builder.BuildCandidate(resume, null, CandidateFixtures.AsOf);

    [Fact]
    public void Python_engineer_ranks_above_nurse_for_a_python_job_and_below_for_an_icu_job()
    {
        var engineer = Candidate(CandidateFixtures.PythonEngineer);
        var nurse = Candidate(CandidateFixtures.IcuNurse);

        var python = Job("backend-python");
        var icu = Job("nurse-icu");

        Assert.True(_scorer.Score(engineer, python).Score > _scorer.Score(nurse, python).Score + 0.3);
        Assert.True(_scorer.Score(nurse, icu).Score > _scorer.Score(engineer, icu).Score + 0.3);
        Assert.True(_scorer.Score(engineer, python).Score >= 0.7);
        Assert.True(_scorer.Score(nurse, icu).Score >= 0.7);
    }

    [Theory]
    [InlineData("backend-python", "Python")]
    [InlineData("backend-python", "Kubernetes")]
    [InlineData("nurse-icu", "Advanced Cardiovascular Life Support")]
    [InlineData("devops-engineer", "Terraform")]
    [InlineData("accountant", "Generally Accepted Accounting Principles")]
    [InlineData("warehouse-associate", "Forklift Operation")]
    public void More_evidence_of_a_required_skill_never_lowers_the_score(string fixture, string skill)
    {
        var job = Job(fixture);
        foreach (var resume in new[] { CandidateFixtures.PythonEngineer, CandidateFixtures.IcuNurse })
        {
            var previous = -1.0;
            var text = MatchFeatureBuilder.ComposeText(resume);
            for (var extra = 0; extra <= 5; extra++)
            {
                var withEvidence = text + string.Concat(Enumerable.Repeat($"\nUsed {skill} daily.", extra));
                var score = _scorer.Score(_builder.BuildCandidate(resume, withEvidence, CandidateFixtures.AsOf), job).Score;
                Assert.True(score >= previous, $"{skill} x{extra}: {score} < {previous}");
                previous = score;
            }
        }
    }

    [Fact]
    public void Scoring_is_deterministic()
    {
        var job = Job("backend-python");
        var first = _scorer.Score(Candidate(CandidateFixtures.PythonEngineer), job);
        var second = new MatchScorer(SkillTaxonomy.Default).Score(Candidate(CandidateFixtures.PythonEngineer), job);

        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.Components, second.Components);
        Assert.Equal(first.Explanation, second.Explanation);
        Assert.Equal(first.SkillComparison, second.SkillComparison);
    }

    [Fact]
    public void Explanation_names_missing_required_skills()
    {
        var result = _scorer.Score(Candidate(CandidateFixtures.PythonEngineer), Job("devops-engineer"));

        Assert.Contains("Kubernetes", result.MissingSkills);
        Assert.Contains("missing", result.Explanation);
        Assert.Contains("Kubernetes", result.Explanation);
        Assert.Matches(@"^(Strong|Good|Partial|Weak) fit \(\d\.\d\d\): covers \d+ of \d+ required skills", result.Explanation);
    }

    [Fact]
    public void Skill_comparison_lists_matched_missing_and_extra_skills()
    {
        var result = _scorer.Score(Candidate(CandidateFixtures.PythonEngineer), Job("backend-python"));

        Assert.Contains(result.SkillComparison, c => c.Skill == "Django" && c.Status == SkillMatchStatus.Matched && c.ResumeMentions >= 2);
        Assert.Contains(result.SkillComparison, c => c.Skill == "Terraform" && c.Status == SkillMatchStatus.Missing && !c.Required);
        Assert.Contains("Apache Kafka", result.MatchedSkills);
        Assert.All(result.ExtraSkills, s => Assert.DoesNotContain(s, result.MatchedSkills));
    }

    [Fact]
    public void Components_a_job_does_not_ask_about_do_not_lower_the_score()
    {
        var candidate = Candidate(CandidateFixtures.PythonEngineer) with { YearsOfExperience = 0, EducationLevel = EducationLevel.None };
        var asking = Job("backend-python");
        var notAsking = asking with { MinYearsExperience = null, EducationLevel = EducationLevel.None, PreferredSkills = [] };

        var result = _scorer.Score(candidate, notAsking);

        Assert.Null(result.Components.ExperienceFit);
        Assert.Null(result.Components.EducationFit);
        Assert.Null(result.Components.PreferredSkills);
        Assert.True(result.Score > _scorer.Score(candidate, asking).Score);
    }

    [Fact]
    public void Weights_are_normalised_and_validated()
    {
        var doubled = new WeightageProfile(0.7, 0.2, 0.4, 0.3, 0.24, 0.16).Normalized();
        var normal = WeightageProfile.Default.Normalized();

        Assert.Equal(1.0, doubled.RequiredSkills + doubled.PreferredSkills + doubled.KeywordRelevance + doubled.TitleSimilarity + doubled.ExperienceFit + doubled.EducationFit, 10);
        Assert.Equal(normal.RequiredSkills, doubled.RequiredSkills, 10);
        Assert.Throws<ArgumentException>(() => new WeightageProfile(-0.1, 0, 0, 0, 0, 1).Normalized());
        Assert.Throws<ArgumentException>(() => new WeightageProfile(0, 0, 0, 0, 0, 0).Normalized());
        Assert.Throws<ArgumentException>(() => new WeightageProfile(double.NaN, 0, 0, 0, 0, 1).Normalized());

        var job = Job("backend-python");
        var candidate = Candidate(CandidateFixtures.PythonEngineer);
        Assert.Equal(
            _scorer.Score(candidate, job, weightage: new WeightageProfile(0.7, 0.2, 0.4, 0.3, 0.24, 0.16)).Score,
            _scorer.Score(candidate, job).Score);
    }
}
