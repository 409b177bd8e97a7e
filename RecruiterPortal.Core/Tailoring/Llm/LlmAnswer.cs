namespace RecruiterPortal.Core.Tailoring.Llm;

/// <summary>What the model answered: the whole tailored resume and the changes it says it made.</summary>
public sealed record LlmAnswer(string TailoredMarkdown, IReadOnlyList<TailoringImprovement> Improvements);
