using System.Globalization;
using System.Text.Json;

namespace RecruiterPortal.Core.Scoring;

/// <summary>
/// Reads and checks the model's answer to <see cref="AiScorePrompt"/>. The JSON may be fenced or
/// follow a sentence; everything else is checked: the overall score is a number from 0 to 1, every
/// requirement asked has exactly one of the three verdicts, and every quote is in the resume
/// (<see cref="EvidenceCheck"/>). An invented quote is dropped, its verdict lowered to missing, and
/// the overall score capped at what the corrected verdicts support. A problem that leaves nothing
/// usable is an error message fit to show, never an exception.
/// </summary>
public static class AiScoreParser
{
    private const int MaxTextLength = 500;

    public static AiScoreAnswer? TryParse(string? text, IReadOnlyList<JobRequirement> requirements, EvidenceCheck evidence, out string? error)
    {
        error = null;
        var start = text?.IndexOf('{') ?? -1;
        var end = text?.LastIndexOf('}') ?? -1;
        if (text is null || start < 0 || end < start)
        {
            error = "the answer contained no JSON object";
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text[start..(end + 1)]);
            return Read(json.RootElement, requirements, evidence, out error);
        }
        catch (JsonException ex)
        {
            error = $"the answer was not valid JSON ({ex.Message.Split('.')[0]})";
            return null;
        }
    }

    private static AiScoreAnswer? Read(JsonElement root, IReadOnlyList<JobRequirement> requirements, EvidenceCheck evidence, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("overall_score", out var overall) || overall.ValueKind != JsonValueKind.Number || !overall.TryGetDouble(out var modelScore))
        {
            error = "the JSON had no numeric overall_score";
            return null;
        }

        if (double.IsNaN(modelScore) || modelScore < 0 || modelScore > 1)
        {
            error = $"overall_score {modelScore.ToString(CultureInfo.InvariantCulture)} is outside 0–1";
            return null;
        }

        if (!root.TryGetProperty("requirements", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            error = "the JSON had no requirements list";
            return null;
        }

        var byId = requirements.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        var answered = new Dictionary<string, RequirementVerdict>(StringComparer.OrdinalIgnoreCase);
        var warnings = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "id") is not { } id)
            {
                error = "a requirements entry had no id";
                return null;
            }

            if (!byId.TryGetValue(id, out var requirement))
            {
                warnings.Add($"The answer judged a requirement that was not asked ({Clip(id, 20)}); ignored.");
                continue;
            }

            if (answered.ContainsKey(requirement.Id))
            {
                continue;
            }

            var verdict = Text(item, "verdict")?.ToLowerInvariant();
            if (verdict is null || !Verdicts.All.Contains(verdict))
            {
                error = $"{requirement.Id} has the verdict '{Clip(verdict ?? "", 30)}'; expected met, partial or missing";
                return null;
            }

            var quote = Text(item, "evidence");
            var reason = Text(item, "reason");
            var rejected = false;
            if (verdict == Verdicts.Missing)
            {
                quote = null;
            }
            else if (quote is not null && !evidence.Contains(quote))
            {
                warnings.Add($"{requirement.Id}: the quoted evidence \"{Clip(quote, 120)}\" is not in the resume; the quote was dropped and the verdict lowered from {verdict} to missing.");
                (quote, verdict, rejected) = (null, Verdicts.Missing, true);
            }

            answered[requirement.Id] = new RequirementVerdict(requirement.Id, requirement.Text, requirement.Kind, verdict, Clip(quote), Clip(reason), rejected);
        }

        var left = requirements.Where(r => !answered.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        if (left.Count > 0)
        {
            error = $"the answer left out {string.Join(", ", left.Take(8))}{(left.Count > 8 ? $" and {left.Count - 8} more" : "")}";
            return null;
        }

        var verdicts = requirements.Select(r => answered[r.Id]).ToList();
        var score = Math.Round(modelScore, 4, MidpointRounding.AwayFromZero);
        if (verdicts.Any(v => v.EvidenceRejected) && RequirementVerdict.ScoreOf(verdicts) is { } supported && supported < score)
        {
            warnings.Add($"The overall score was lowered from {score.ToString("0.00", CultureInfo.InvariantCulture)} to {supported.ToString("0.00", CultureInfo.InvariantCulture)}, what the verdicts with real evidence support.");
            score = supported;
        }

        return new AiScoreAnswer(Math.Round(modelScore, 4, MidpointRounding.AwayFromZero), score, Clip(Text(root, "summary")), verdicts, warnings);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? Clip(string? text) => text is null ? null : Clip(text, MaxTextLength);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
