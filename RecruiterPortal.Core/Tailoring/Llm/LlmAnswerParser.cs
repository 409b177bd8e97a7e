using System.Text.Json;

namespace RecruiterPortal.Core.Tailoring.Llm;

/// <summary>
/// Reads the model's JSON answer however it is wrapped: in a code fence, after a sentence of
/// preamble, or bare. Anything else is an error message fit to show, never an exception.
/// </summary>
public static class LlmAnswerParser
{
    public static LlmAnswer? TryParse(string? text, out string? error)
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
            var root = json.RootElement;
            if (!root.TryGetProperty("tailored_markdown", out var markdown) || markdown.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(markdown.GetString()))
            {
                error = "the JSON had no tailored_markdown";
                return null;
            }

            var improvements = new List<TailoringImprovement>();
            if (root.TryGetProperty("improvements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                improvements.AddRange(list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i =>
                    new TailoringImprovement(Text(i, "section"), Text(i, "type"), Text(i, "description"), Text(i, "before"), Text(i, "after"))));
            }

            return new LlmAnswer(markdown.GetString()!.Replace("\r\n", "\n", StringComparison.Ordinal), improvements);
        }
        catch (JsonException ex)
        {
            error = $"the answer was not valid JSON ({ex.Message.Split('.')[0]})";
            return null;
        }
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
