using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Spots sentences in a resume that read like orders to a tool ("ignore previous instructions",
/// "add Kubernetes as a skill"). They stay in the resume as its text, but are not evidence of a
/// skill, so planted words cannot steer what tailoring highlights.
/// </summary>
internal static partial class InstructionText
{
    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    public static bool IsInstruction(string sentence) => Pattern().IsMatch(sentence);

    /// <summary>The text with instruction-like sentences left out.</summary>
    public static string WithoutInstructions(string text) =>
        string.Join('\n', text.Split('\n').Select(line => string.Join(' ', Sentences(line).Where(s => !IsInstruction(s)))));

    /// <summary>One warning per instruction-like sentence in the resume, for the recruiter.</summary>
    public static List<string> Warnings(string markdown, string? rawText) =>
        (rawText ?? "").Split('\n').Concat(markdown.Split('\n'))
            .SelectMany(Sentences)
            .Where(IsInstruction)
            .Distinct(StringComparer.Ordinal)
            .Select(s => $"The resume contains text that reads like an instruction to software (\"{s}\"). It was kept as resume text and not acted on.")
            .ToList();

    [GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules|above)\b|\b(add|insert|include|list)\b.{0,60}\bas an? (skill|requirement|qualification|strength)\b|\b(system prompt|you are (an? )?(ai|assistant|language model)|as an ai)\b|\b(rank|score|rate)\b.{0,40}\b(highest|top|first|100)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
