using System.Text.Json;
using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>How a <see cref="ParsedResume"/> is kept in <see cref="Resume.ParsedJson"/>: snake_case, like the API.</summary>
public static class ParsedResumeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Serialize(ParsedResume resume) => JsonSerializer.Serialize(resume, Options);

    public static ParsedResume? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ParsedResume>(json, Options);
}
