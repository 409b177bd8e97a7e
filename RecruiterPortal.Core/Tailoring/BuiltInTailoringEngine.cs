using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Tailors a resume to a job without a language model: it highlights, reorders and rewords what
/// the resume already says and never adds a skill, employer, title, date or figure. Each round
/// rewrites, checks the result with <see cref="TailoringGuard"/>, and rescores it; a rewrite the
/// guard rejects or that lowers the score is undone. Deterministic for the same inputs and date.
/// </summary>
/// <param name="asOf">The day current positions run to when scoring; fixed so results repeat.</param>
public sealed class BuiltInTailoringEngine(SkillTaxonomy taxonomy, DateOnly asOf, WeightageProfile? weights = null)
{
    private readonly MatchScorer _scorer = new(taxonomy, weights);
    private readonly TailoringGuard _guard = new(taxonomy);

    /// <summary>
    /// Tailors <paramref name="resume"/> to <paramref name="job"/>. <paramref name="rawText"/>, when
    /// given, is only searched for text that reads like instructions, to warn the recruiter.
    /// </summary>
    public TailoringResult Tailor(ParsedResume resume, string? rawText, JobProfile job, TailorOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        var originalMarkdown = ResumeMarkdown.Render(resume);
        var evidence = taxonomy.FindMentions(InstructionText.WithoutInstructions(originalMarkdown))
            .Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        var asked = job.RequiredSkills.Concat(job.PreferredSkills).Distinct(StringComparer.Ordinal).ToList();
        var matched = asked.Where(evidence.Contains).ToList();
        var missing = asked.Where(s => !evidence.Contains(s)).ToList();

        var rewrites = new TailoringRewrites(taxonomy, job, matched);
        var passes = new Func<TailoringDraft, (TailoringDraft, List<TailoringImprovement>)>[]
        {
            rewrites.KeySkills, rewrites.SummaryLead, rewrites.AlignWording, rewrites.Reorder,
        };

        var draft = new TailoringDraft(ResumeMarkdown.ToResume(originalMarkdown), []);
        var originalScore = Score(originalMarkdown, job);
        var best = originalScore;
        var improvements = new List<TailoringImprovement>();
        var iterations = 0;
        foreach (var pass in passes)
        {
            if (iterations >= options.MaxIterations || best >= options.TargetScore)
            {
                break;
            }

            iterations++;
            var (candidate, changes) = pass(draft);
            if (changes.Count == 0)
            {
                continue;
            }

            var markdown = candidate.Render();
            var report = _guard.Verify(originalMarkdown, markdown, options.PreserveExperience);
            if (!report.Ok)
            {
                var why = string.Join("; ", report.Violations.Select(v => v.Detail));
                improvements.AddRange(changes.Select(c => c with { Type = ImprovementTypes.Rejected, Description = $"{c.Description}. Undone: {why}" }));
                continue;
            }

            var score = Score(markdown, job);
            if (score < best)
            {
                improvements.AddRange(changes.Select(c => c with { Type = ImprovementTypes.Reverted, Description = $"{c.Description}. Undone: it lowered the match score" }));
                continue;
            }

            (draft, best) = (candidate, score);
            improvements.AddRange(changes);
        }

        var tailored = draft.Render();
        var originalSkills = taxonomy.FindMentions(originalMarkdown).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        return new TailoringResult
        {
            TailoredMarkdown = tailored,
            OriginalMarkdown = originalMarkdown,
            OriginalScore = originalScore,
            TailoredScore = best,
            Improvements = improvements,
            AddedSkills = taxonomy.FindMentions(tailored).Select(m => m.Skill.Name).Where(s => !originalSkills.Contains(s)).Distinct(StringComparer.Ordinal).ToList(),
            MatchedSkills = matched,
            MissingSkills = missing,
            Iterations = iterations,
            Warnings = InstructionText.Warnings(originalMarkdown, rawText),
        };
    }

    private double Score(string markdown, JobProfile job) =>
        _scorer.Score(ResumeMarkdown.ToResume(markdown), markdown, job, asOf).Score;
}
