using Microsoft.Extensions.AI;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Tailoring.Llm;

/// <summary>
/// Tailors a resume with a language model, in the same loop as <see cref="BuiltInTailoringEngine"/>:
/// each round asks the model for a rewrite as JSON, takes it section by section, keeps only the
/// sections <see cref="TailoringGuard"/> finds supported by the original (the rest are undone and
/// recorded with the reason), rescores, and keeps the best version. The model's word is never
/// trusted: whatever it answers, nothing the original does not support reaches the result.
/// </summary>
/// <param name="asOf">The day current positions run to when scoring; fixed so results repeat.</param>
public sealed class LlmTailoringEngine(SkillTaxonomy taxonomy, DateOnly asOf, WeightageProfile? weights = null)
{
    private readonly MatchScorer _scorer = new(taxonomy, weights);
    private readonly TailoringGuard _guard = new(taxonomy);

    /// <summary>
    /// Tailors <paramref name="resume"/> to <paramref name="job"/>. A round whose answer is not the
    /// JSON asked for is asked again up to <paramref name="unreadableRetries"/> times.
    /// </summary>
    /// <exception cref="AiUnavailableException">The model never gave a usable answer; the message says why.</exception>
    public async Task<TailoringResult> TailorAsync(
        IChatClient client, ParsedResume resume, string? rawText, JobProfile job, TailorOptions options,
        double temperature = 0.2, int unreadableRetries = 2, CancellationToken cancellationToken = default)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        var originalMarkdown = ResumeMarkdown.Render(resume);
        var original = MarkdownParts.Split(originalMarkdown);
        var evidence = taxonomy.FindMentions(InstructionText.WithoutInstructions(originalMarkdown))
            .Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        var asked = job.RequiredSkills.Concat(job.PreferredSkills).Distinct(StringComparer.Ordinal).ToList();

        var session = new Session(client, new ChatOptions { Temperature = (float)temperature, ResponseFormat = ChatResponseFormat.Json });
        var originalScore = Score(originalMarkdown, job);
        var (best, bestScore) = (original, originalScore);
        var improvements = new List<TailoringImprovement>();
        var warnings = InstructionText.Warnings(originalMarkdown, rawText);
        var feedback = new List<string>();
        var iterations = 0;
        var answered = 0;
        string? lastProblem = null;
        while (iterations < options.MaxIterations && !(bestScore >= options.TargetScore))
        {
            iterations++;
            var (answer, problems) = await session.AskAsync(best.Render(), job, feedback, unreadableRetries, cancellationToken);
            warnings.AddRange(problems.Select(p => $"Round {iterations}: the AI answer could not be used ({p})."));
            if (answer is null)
            {
                lastProblem = problems.LastOrDefault();
                break;
            }

            answered++;
            var (candidate, accepted, rejected) = Merge(originalMarkdown, original, best, MarkdownParts.Split(answer.TailoredMarkdown), answer.Improvements, options.PreserveExperience);
            improvements.AddRange(rejected);
            feedback = rejected.Select(r => r.Description).ToList();
            if (accepted.Count == 0)
            {
                if (rejected.Count == 0)
                {
                    break; // The model has nothing more to change.
                }

                continue;
            }

            var score = Score(candidate.Render(), job);
            if (score < bestScore)
            {
                improvements.AddRange(accepted.Select(c => c with { Type = ImprovementTypes.Reverted, Description = $"{c.Description}. Undone: it lowered the match score" }));
                continue;
            }

            (best, bestScore) = (candidate, score);
            improvements.AddRange(accepted);
        }

        if (answered == 0)
        {
            throw new AiUnavailableException($"The AI provider's answers could not be used ({lastProblem ?? "no answer"})");
        }

        var tailored = best.Render();
        var originalSkills = taxonomy.FindMentions(originalMarkdown).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        return new TailoringResult
        {
            TailoredMarkdown = tailored,
            OriginalMarkdown = originalMarkdown,
            OriginalScore = originalScore,
            TailoredScore = bestScore,
            Improvements = improvements,
            AddedSkills = taxonomy.FindMentions(tailored).Select(m => m.Skill.Name).Where(s => !originalSkills.Contains(s)).Distinct(StringComparer.Ordinal).ToList(),
            MatchedSkills = asked.Where(evidence.Contains).ToList(),
            MissingSkills = asked.Where(s => !evidence.Contains(s)).ToList(),
            Iterations = iterations,
            Warnings = warnings,
            Usage = session.Usage(client),
        };
    }

    /// <summary>
    /// Takes the answer part by part into <paramref name="current"/>: a changed part stays only when
    /// the resume with it still passes the guard against the original. Parts the original lacks are refused.
    /// </summary>
    private (MarkdownParts Result, List<TailoringImprovement> Accepted, List<TailoringImprovement> Rejected) Merge(
        string originalMarkdown, MarkdownParts original, MarkdownParts current, MarkdownParts answer,
        IReadOnlyList<TailoringImprovement> claimed, bool preserveExperience)
    {
        var accepted = new List<TailoringImprovement>();
        var rejected = new List<TailoringImprovement>();
        var parts = new[] { (Name: MarkdownParts.HeadName, Text: answer.Head) }.Concat(answer.Sections);
        foreach (var (name, text) in parts)
        {
            var before = name == MarkdownParts.HeadName ? current.Head : current.Section(name);
            var described = Describe(name, claimed);
            if (before is null)
            {
                rejected.Add(new TailoringImprovement(name, ImprovementTypes.Rejected, $"{described}. Undone: the original resume has no '{name}' section", "", text));
                continue;
            }

            if (MarkdownParts.Same(before, text))
            {
                continue;
            }

            var candidate = current.With(name, text);
            var report = _guard.Verify(originalMarkdown, candidate.Render(), preserveExperience);
            if (!report.Ok)
            {
                var why = string.Join("; ", report.Violations.Select(v => v.Detail));
                rejected.Add(new TailoringImprovement(name, ImprovementTypes.Rejected, $"{described}. Undone: {why}", before, text));
                continue;
            }

            current = candidate;
            accepted.Add(new TailoringImprovement(name, ImprovementTypes.Rewritten, described, before, text));
        }

        return (current, accepted, rejected);
    }

    private static string Describe(string section, IReadOnlyList<TailoringImprovement> claimed)
    {
        var said = claimed.Where(c => c.Section.Equals(section, StringComparison.OrdinalIgnoreCase) && c.Description.Length > 0)
            .Select(c => c.Description.Trim().TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
        return said.Count > 0 ? string.Join("; ", said) : $"Rewrote the {section} section";
    }

    private double Score(string markdown, JobProfile job) =>
        _scorer.Score(ResumeMarkdown.ToResume(markdown), markdown, job, asOf).Score;

    /// <summary>The conversation with the model for one tailoring, and the tokens it used.</summary>
    private sealed class Session(IChatClient client, ChatOptions chatOptions)
    {
        private long _prompt;
        private long _completion;
        private string? _model;

        public async Task<(LlmAnswer? Answer, List<string> Problems)> AskAsync(
            string resumeMarkdown, JobProfile job, IReadOnlyList<string> feedback, int unreadableRetries, CancellationToken cancellationToken)
        {
            var problems = new List<string>();
            var notes = feedback.ToList();
            for (var attempt = 0; attempt <= unreadableRetries; attempt++)
            {
                var response = await client.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, LlmPrompt.System), new ChatMessage(ChatRole.User, LlmPrompt.User(resumeMarkdown, job, notes))],
                    chatOptions, cancellationToken);
                _prompt += response.Usage?.InputTokenCount ?? 0;
                _completion += response.Usage?.OutputTokenCount ?? 0;
                _model ??= response.ModelId;
                if (LlmAnswerParser.TryParse(response.Text, out var error) is { } answer)
                {
                    return (answer, problems);
                }

                problems.Add(error!);
                notes = [.. feedback, $"Your last answer could not be read: {error}. Answer with the JSON object only."];
            }

            return (null, problems);
        }

        public TailoringUsage Usage(IChatClient chat)
        {
            var resilient = chat.GetService<ResilientChatClient>();
            var model = _model ?? chat.GetService<ChatClientMetadata>()?.DefaultModelId;
            return new TailoringUsage("", model, _prompt, _completion, resilient?.Requests ?? 0, resilient?.Retries ?? 0);
        }
    }
}
