using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Matching;

public class CandidateIndexTests
{
    private readonly MatchFeatureBuilder _builder = new(SkillTaxonomy.Default);
    private readonly MatchScorer _scorer = new(SkillTaxonomy.Default);

    [Theory]
    [InlineData("backend-python")]
    [InlineData("nurse-icu")]
    [InlineData("financial-analyst")]
    [InlineData("home-care-aide")]
    public void Ranking_scores_equal_scorer_scores(string fixture)
    {
        var candidates = SyntheticCandidates(400, seed: 7);
        var index = CandidateIndex.Build(candidates);
        var job = Job(fixture);
        var weights = new WeightageProfile(0.3, 0.1, 0.3, 0.1, 0.1, 0.1);

        var ranked = index.Rank(job, weights, top: candidates.Count);

        Assert.Equal(candidates.Count, ranked.Count);
        var byId = candidates.ToDictionary(c => c.Id, c => c.Features);
        foreach (var r in ranked)
        {
            Assert.Equal(_scorer.Score(byId[r.Id], job, index.Corpus, weights).Score, r.Score);
        }

        Assert.Equal(ranked[0].Score, index.Explain(ranked[0].Id, job, _scorer, weights).Score);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Top_k_min_score_and_must_have_filters_apply()
    {
        var candidates = SyntheticCandidates(300, seed: 11);
        var index = CandidateIndex.Build(candidates);
        var job = Job("backend-python");
        var all = index.Rank(job, WeightageProfile.Default, top: 300);

        Assert.Equal(all.Take(10), index.Rank(job, WeightageProfile.Default, top: 10));
        Assert.All(index.Rank(job, WeightageProfile.Default, top: 300, minScore: 0.3), r => Assert.True(r.Score >= 0.3));
        var withPython = index.Rank(job, WeightageProfile.Default, top: 300, mustHaveSkills: ["Python", "Docker"]);
        Assert.NotEmpty(withPython);
        Assert.All(withPython, r =>
        {
            Assert.True(index.TryGetFeatures(r.Id, out var f));
            Assert.True(f.SkillMentions.ContainsKey("Python") && f.SkillMentions.ContainsKey("Docker"));
        });
        Assert.Empty(index.Rank(job, WeightageProfile.Default, top: 10, mustHaveSkills: ["No Such Skill"]));
    }

    [Fact]
    public void Fixture_candidates_rank_in_the_obvious_order()
    {
        var engineer = (Guid.NewGuid(), _builder.BuildCandidate(CandidateFixtures.PythonEngineer, null, CandidateFixtures.AsOf));
        var nurse = (Guid.NewGuid(), _builder.BuildCandidate(CandidateFixtures.IcuNurse, null, CandidateFixtures.AsOf));
        var index = CandidateIndex.Build(SyntheticCandidates(50, seed: 3).Append(engineer).Append(nurse));

        var python = index.Rank(Job("backend-python"), WeightageProfile.Default, top: 52).Select(r => r.Id).ToList();
        var icu = index.Rank(Job("nurse-icu"), WeightageProfile.Default, top: 52).Select(r => r.Id).ToList();

        Assert.True(python.IndexOf(engineer.Item1) < python.IndexOf(nurse.Item1));
        Assert.True(icu.IndexOf(nurse.Item1) < icu.IndexOf(engineer.Item1));
        Assert.Equal(nurse.Item1, icu[0]);
    }

    private JobFeatures Job(string fixture) =>
        _builder.BuildJob(new JobDescriptionExtractor(SkillTaxonomy.Default).Extract(JobFixtures.Text(fixture)));

    /// <summary>Resumes made of random taxonomy skills and filler words, built through the real feature builder.</summary>
    private List<(Guid Id, CandidateFeatures Features)> SyntheticCandidates(int count, int seed)
    {
        var random = new Random(seed);
        var skills = SkillTaxonomy.Default.Skills.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        string[] titles = ["Backend Engineer", "Senior Software Engineer", "Registered Nurse", "Staff Accountant", "Data Analyst", "Warehouse Associate", "Home Care Aide"];
        string[] words = ["built", "managed", "patients", "services", "reports", "customers", "pipelines", "ledger", "orders", "care", "design", "python"];
        var list = new List<(Guid, CandidateFeatures)>();
        for (var i = 0; i < count; i++)
        {
            var mine = Enumerable.Range(0, random.Next(3, 12)).Select(_ => skills[random.Next(skills.Length)]).ToList();
            var bullets = Enumerable.Range(0, 4).Select(_ => string.Join(' ', Enumerable.Range(0, 8).Select(_ => random.Next(3) == 0 ? mine[random.Next(mine.Count)] : words[random.Next(words.Length)]))).ToList();
            var start = 2010 + random.Next(14);
            var resume = new ParsedResume
            {
                Skills = mine,
                Experience = [new ParsedExperience { Title = titles[random.Next(titles.Length)], StartDate = $"{start}-0{1 + random.Next(9)}", IsCurrent = true, Bullets = bullets }],
                Education = random.Next(2) == 0 ? [new ParsedEducation { Degree = "BSc", FieldOfStudy = "Computer Science" }] : [],
            };
            list.Add((new Guid(random.Next(), (short)i, 0, new byte[8]), _builder.BuildCandidate(resume, null, CandidateFixtures.AsOf)));
        }

        return list;
    }
}
