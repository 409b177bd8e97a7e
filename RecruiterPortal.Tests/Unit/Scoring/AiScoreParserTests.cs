using RecruiterPortal.Core.Scoring;

namespace RecruiterPortal.Tests.Unit.Scoring;

public class AiScoreParserTests
{
    private static readonly EvidenceCheck Evidence = new(ScoringFixtures.ResumeText);

    private static AiScoreAnswer? Parse(string? text, out string? error) =>
        AiScoreParser.TryParse(text, ScoringFixtures.Requirements, Evidence, out error);

    [Fact]
    public void The_requirements_are_the_jobs_skills_experience_and_education_in_order()
    {
        var requirements = ScoringFixtures.Requirements;

        Assert.Equal(["R1", "R2", "R3", "R4", "R5", "R6"], requirements.Select(r => r.Id));
        Assert.Equal(
            [RequirementKinds.RequiredSkill, RequirementKinds.RequiredSkill, RequirementKinds.RequiredSkill, RequirementKinds.PreferredSkill, RequirementKinds.Experience, RequirementKinds.Education],
            requirements.Select(r => r.Kind));
        Assert.Equal("Kubernetes (required)", requirements[2].Text);
        Assert.Equal("At least 5 years of relevant experience", requirements[4].Text);
        Assert.Equal("Bachelor's degree or higher", requirements[5].Text);
    }

    [Fact]
    public void A_good_answer_gives_every_verdict_with_its_quote_and_the_models_score()
    {
        var answer = Parse("Here is my assessment:\n```json\n" + ScoringFixtures.GoodAnswer(0.8) + "\n```", out var error);

        Assert.Null(error);
        Assert.NotNull(answer);
        Assert.Equal(0.8, answer.Score);
        Assert.Equal(0.8, answer.ModelScore);
        Assert.Equal(["met", "met", "missing", "partial", "met", "met"], answer.Verdicts.Select(v => v.Verdict));
        Assert.Equal("Tuned SQL queries", answer.Verdicts[1].Evidence);
        Assert.Null(answer.Verdicts[2].Evidence);
        Assert.False(answer.EvidenceRejected);
        Assert.Empty(answer.Warnings);
        Assert.Equal("Strong data engineer without Kubernetes.", answer.Summary);
    }

    [Theory]
    [InlineData(null, "the answer contained no JSON object")]
    [InlineData("I think the candidate is a strong fit.", "the answer contained no JSON object")]
    [InlineData("{\"overall_score\": 0.7, \"requirements\": [{\"id\": \"R1\"}", "the answer was not valid JSON")]
    [InlineData("{\"score\": 0.7, \"requirements\": []}", "the JSON had no numeric overall_score")]
    [InlineData("{\"overall_score\": \"high\", \"requirements\": []}", "the JSON had no numeric overall_score")]
    [InlineData("{\"overall_score\": 72, \"requirements\": []}", "overall_score 72 is outside 0–1")]
    [InlineData("{\"overall_score\": -0.1, \"requirements\": []}", "overall_score -0.1 is outside 0–1")]
    [InlineData("{\"overall_score\": 0.7, \"requirements\": {\"R1\": \"met\"}}", "the JSON had no requirements list")]
    [InlineData("{\"overall_score\": 0.7, \"requirements\": [\"R1 met\"]}", "a requirements entry had no id")]
    public void A_malformed_answer_is_a_clear_error_not_an_exception(string? text, string expected)
    {
        var answer = Parse(text, out var error);

        Assert.Null(answer);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verdict_or_a_left_out_requirement_is_an_error_naming_it()
    {
        Assert.Null(Parse(ScoringFixtures.Answer(0.5, ("R1", "excellent", "Python"), ("R2", "met", "SQL"), ("R3", "missing", null), ("R4", "met", "Docker"), ("R5", "met", null), ("R6", "met", null)), out var verdict));
        Assert.Equal("R1 has the verdict 'excellent'; expected met, partial or missing", verdict);

        Assert.Null(Parse(ScoringFixtures.Answer(0.5, ("R1", "met", "Python"), ("R2", "met", "SQL"), ("R4", "met", "Docker")), out var leftOut));
        Assert.Equal("the answer left out R3, R5, R6", leftOut);
    }

    [Fact]
    public void An_invented_quote_is_dropped_its_verdict_lowered_and_the_score_capped()
    {
        var text = ScoringFixtures.Answer(0.95,
            ("R1", "met", "Built Python pipelines loading 2 TB a day"),
            ("R2", "met", "Wrote SQL reports for the board"),
            ("R3", "met", "Ran Kubernetes clusters for 40 teams"),
            ("R4", "met", "Python, SQL, Docker"),
            ("R5", "met", "Data Engineer, Northwind Analytics"),
            ("R6", "met", "Bachelor of Science"));

        var answer = Parse(text, out var error);

        Assert.Null(error);
        Assert.NotNull(answer);
        var kubernetes = answer.Verdicts[2];
        Assert.Equal("missing", kubernetes.Verdict);
        Assert.Null(kubernetes.Evidence);
        Assert.True(kubernetes.EvidenceRejected);
        Assert.True(answer.EvidenceRejected);
        Assert.Equal(0.95, answer.ModelScore);

        // Weights 2+2+2+1+1.5+1 = 9.5; all met but Kubernetes (2) → 7.5 / 9.5.
        Assert.Equal(Math.Round(7.5 / 9.5, 4), answer.Score);
        Assert.Contains(answer.Warnings, w => w.Contains("\"Ran Kubernetes clusters for 40 teams\" is not in the resume", StringComparison.Ordinal));
        Assert.Contains(answer.Warnings, w => w.StartsWith("The overall score was lowered from 0.95 to 0.79", StringComparison.Ordinal));
    }

    [Fact]
    public void Quotes_match_despite_case_spacing_bullets_typographic_marks_and_ellipses_but_not_paraphrase()
    {
        Assert.True(Evidence.Contains("• built python pipelines   loading 2 TB a day"));
        Assert.True(Evidence.Contains("Built Python pipelines … into the warehouse."));
        Assert.True(Evidence.Contains("“Tuned SQL queries”"));
        Assert.False(Evidence.Contains("Built Python pipelines loading 3 TB a day"));
        Assert.False(Evidence.Contains("into the warehouse … Built Python pipelines"));
        Assert.False(Evidence.Contains("an"));
        Assert.False(Evidence.Contains("   "));
    }
}
