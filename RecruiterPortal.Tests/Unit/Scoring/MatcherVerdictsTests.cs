using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Scoring;

public class MatcherVerdictsTests
{
    private readonly MatcherVerdicts _matcher = new(SkillTaxonomy.Default);

    [Fact]
    public void Without_a_model_the_matcher_judges_every_requirement_with_evidence_from_the_resume()
    {
        var verdicts = _matcher.Judge(ScoringFixtures.Resume, ScoringFixtures.ResumeText, ScoringFixtures.Job, ScoringFixtures.AsOf);

        Assert.Equal(["R1", "R2", "R3", "R4", "R5", "R6"], verdicts.Select(v => v.RequirementId));
        var byId = verdicts.ToDictionary(v => v.RequirementId);

        // Python and SQL are named several times; Kubernetes never; Docker once (in the skills line).
        Assert.Equal("met", byId["R1"].Verdict);
        Assert.Equal("• Built Python pipelines loading 2 TB a day into the warehouse.", byId["R1"].Evidence);
        Assert.Equal("met", byId["R2"].Verdict);
        Assert.Equal("missing", byId["R3"].Verdict);
        Assert.Null(byId["R3"].Evidence);
        Assert.Equal("partial", byId["R4"].Verdict);
        Assert.Equal("Python, SQL, Docker", byId["R4"].Evidence);

        // 2019-01 to 2025-12 is 7 years against 5 asked; a bachelor's against a bachelor's.
        Assert.Equal("met", byId["R5"].Verdict);
        Assert.StartsWith("7 years in the positions listed against 5 asked", byId["R5"].Reason, StringComparison.Ordinal);
        Assert.Equal("met", byId["R6"].Verdict);
        Assert.Equal("Bachelor of Science in Computer Science, University of Leeds, 2018", byId["R6"].Evidence);

        // Every quote the matcher gives passes the same check the model's quotes must pass.
        var check = new EvidenceCheck(ScoringFixtures.ResumeText);
        Assert.All(verdicts.Where(v => v.Evidence is not null), v => Assert.True(check.Contains(v.Evidence)));
    }

    [Fact]
    public void The_matcher_is_deterministic_and_lowers_verdicts_for_a_thinner_resume()
    {
        var first = _matcher.Judge(ScoringFixtures.Resume, ScoringFixtures.ResumeText, ScoringFixtures.Job, ScoringFixtures.AsOf);
        var again = _matcher.Judge(ScoringFixtures.Resume, ScoringFixtures.ResumeText, ScoringFixtures.Job, ScoringFixtures.AsOf);
        Assert.Equal(first, again);

        var junior = ScoringFixtures.Resume with
        {
            Experience = [ScoringFixtures.Resume.Experience[0] with { StartDate = "2022-01" }],
            Education = [],
        };
        var verdicts = _matcher.Judge(junior, ScoringFixtures.ResumeText.Replace("Bachelor of Science in Computer Science, University of Leeds, 2018", "", StringComparison.Ordinal), ScoringFixtures.Job, ScoringFixtures.AsOf)
            .ToDictionary(v => v.RequirementId);

        // 4 years against 5 is at least 60% of what is asked: partial. No degree: missing.
        Assert.Equal("partial", verdicts["R5"].Verdict);
        Assert.Equal("missing", verdicts["R6"].Verdict);
        Assert.Equal("No degree listed.", verdicts["R6"].Reason);
    }
}
