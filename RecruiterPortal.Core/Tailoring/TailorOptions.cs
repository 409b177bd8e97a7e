namespace RecruiterPortal.Core.Tailoring;

/// <summary>How a resume is tailored. <see cref="AiProvider"/> and <see cref="AiModel"/> are for engines that use one; the built-in engine ignores them.</summary>
public sealed record TailorOptions
{
    public const int MinIterations = 1;
    public const int MaxIterationsLimit = 10;

    /// <summary>Keep every section and position of the original; the guard reports any that go missing.</summary>
    public bool PreserveExperience { get; init; } = true;

    public int MaxIterations { get; init; } = 5;

    /// <summary>Stop rewriting once the match score reaches this (0–1); null runs every rewrite.</summary>
    public double? TargetScore { get; init; }

    public string? AiProvider { get; init; }

    public string? AiModel { get; init; }

    /// <summary>For a cover letter: the writing sample whose style to write in; null takes the candidate's active cover-letter sample.</summary>
    public Guid? WritingSampleId { get; init; }

    /// <summary>Problems with these options, in words fit to show; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxIterations is < MinIterations or > MaxIterationsLimit)
        {
            errors.Add($"max_iterations must be between {MinIterations} and {MaxIterationsLimit}");
        }

        if (TargetScore is { } target && (double.IsNaN(target) || target < 0 || target > 1))
        {
            errors.Add("target_score must be between 0 and 1");
        }

        if (!string.IsNullOrWhiteSpace(AiModel) && string.IsNullOrWhiteSpace(AiProvider))
        {
            errors.Add("ai_model needs an ai_provider");
        }

        return errors;
    }
}
