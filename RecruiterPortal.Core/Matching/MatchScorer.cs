using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Scores one candidate against one job and explains the score. Deterministic: the same features,
/// corpus and weights always give the same result, and <see cref="CandidateIndex"/> ranks with the
/// same arithmetic.
/// </summary>
public sealed class MatchScorer(SkillTaxonomy taxonomy, WeightageProfile? weights = null)
{
    private readonly WeightageProfile _weights = (weights ?? WeightageProfile.Default).Normalized();
    private readonly MatchFeatureBuilder _builder = new(taxonomy);

    /// <summary>The weights in use, normalised to sum to 1.</summary>
    public WeightageProfile Weights => _weights;

    /// <summary>Builds features from a parsed resume and a job profile and scores them without a corpus.</summary>
    public MatchResult Score(ParsedResume resume, string? rawText, JobProfile job, DateOnly asOf) =>
        Score(_builder.BuildCandidate(resume, rawText, asOf), _builder.BuildJob(job));

    /// <summary>
    /// Scores a pair. <paramref name="corpus"/> supplies term statistics for keyword relevance
    /// (the ranker passes its own); <paramref name="weightage"/> overrides this scorer's weights.
    /// </summary>
    public MatchResult Score(CandidateFeatures candidate, JobFeatures job, CorpusStatistics? corpus = null, WeightageProfile? weightage = null)
    {
        var w = weightage?.Normalized() ?? _weights;
        corpus ??= CorpusStatistics.Empty;

        var required = SkillCoverage(candidate, job.RequiredSkills);
        var preferred = SkillCoverage(candidate, job.PreferredSkills);
        var keyword = Keyword(candidate, job, corpus);
        var title = Title(candidate, job);
        var experience = job.MinYearsExperience is > 0 ? ScoringMath.Experience(candidate.YearsOfExperience, job.MinYearsExperience.Value) : double.NaN;
        var education = job.EducationLevel > EducationLevel.None
            ? ScoringMath.Education(candidate.EducationLevel, job.EducationLevel, job.EducationFieldTerms.Count > 0,
                candidate.FieldTerms.Any(t => job.EducationFieldTerms.Contains(t, StringComparer.Ordinal)))
            : double.NaN;

        var score = ScoringMath.Combine(w, required, preferred, keyword, title, experience, education);
        var components = new MatchComponents(Round(required), Round(preferred), Round(keyword), Round(title), Round(experience), Round(education));
        var comparison = Compare(candidate, job);
        var result = new MatchResult
        {
            Score = score,
            Components = components,
            MatchedSkills = comparison.Where(c => c.Status == SkillMatchStatus.Matched).Select(c => c.Skill).ToList(),
            MissingSkills = comparison.Where(c => c.Status == SkillMatchStatus.Missing).Select(c => c.Skill).ToList(),
            ExtraSkills = comparison.Where(c => c.Status == SkillMatchStatus.Extra).Select(c => c.Skill).ToList(),
            SkillComparison = comparison,
        };
        return result with { Explanation = MatchExplanation.Write(result, candidate, job) };
    }

    /// <summary>Mean evidence over the asked skills, summed in the job's order; NaN when none are asked.</summary>
    internal static double SkillCoverage(CandidateFeatures candidate, IReadOnlyList<string> skills)
    {
        if (skills.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var skill in skills)
        {
            sum += ScoringMath.SkillStrength(candidate.SkillMentions.GetValueOrDefault(skill));
        }

        return sum / skills.Count;
    }

    private static double Keyword(CandidateFeatures candidate, JobFeatures job, CorpusStatistics corpus)
    {
        if (job.Terms.Count == 0)
        {
            return double.NaN;
        }

        var norm = ScoringMath.LengthNorm(candidate.Length, corpus.AverageLength);
        double bm25 = 0;
        foreach (var term in job.Terms)
        {
            var tf = candidate.TermFrequencies.GetValueOrDefault(term);
            if (tf > 0)
            {
                bm25 += ScoringMath.TermScore(corpus.InverseDocumentFrequency(term), tf, norm);
            }
        }

        return ScoringMath.Keyword(bm25, ScoringMath.IdealBm25(job.Terms.Select(corpus.InverseDocumentFrequency)));
    }

    private static double Title(CandidateFeatures candidate, JobFeatures job)
    {
        if (job.TitleTerms.Count == 0)
        {
            return double.NaN;
        }

        double best = 0;
        for (var i = 0; i < candidate.TitleTerms.Count && i < ScoringMath.MaxTitles; i++)
        {
            var shared = job.TitleTerms.Count(t => candidate.TitleTerms[i].Contains(t, StringComparer.Ordinal));
            best = Math.Max(best, (double)shared / job.TitleTerms.Count * ScoringMath.TitleRecency(i));
        }

        return ScoringMath.Title(best, job.Seniority, candidate.Seniority);
    }

    private static List<SkillComparison> Compare(CandidateFeatures candidate, JobFeatures job)
    {
        var rows = new List<SkillComparison>();
        foreach (var (skill, required) in job.RequiredSkills.Select(s => (s, true)).Concat(job.PreferredSkills.Select(s => (s, false))))
        {
            var mentions = candidate.SkillMentions.GetValueOrDefault(skill);
            rows.Add(new SkillComparison(skill, mentions, Math.Max(1, job.SkillMentions.GetValueOrDefault(skill)),
                mentions > 0 ? SkillMatchStatus.Matched : SkillMatchStatus.Missing, required));
        }

        var asked = new HashSet<string>(job.RequiredSkills.Concat(job.PreferredSkills), StringComparer.Ordinal);
        rows.AddRange(candidate.SkillMentions
            .Where(s => !asked.Contains(s.Key))
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SkillComparison(s.Key, s.Value, 0, SkillMatchStatus.Extra, false)));
        return rows;
    }

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
