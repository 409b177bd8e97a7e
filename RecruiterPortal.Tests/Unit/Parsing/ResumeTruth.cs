using System.Text.Json.Serialization;

namespace RecruiterPortal.Tests.Unit.Parsing;

/// <summary>The hand-written expected parse of a fixture resume (<c>*.truth.json</c>).</summary>
public sealed record ResumeTruth
{
    [JsonPropertyName("full_name")]
    public string? FullName { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    [JsonPropertyName("linkedin_url")]
    public string? LinkedinUrl { get; init; }

    [JsonPropertyName("experience")]
    public List<TruthPosition> Experience { get; init; } = [];

    [JsonPropertyName("education")]
    public List<TruthEducation> Education { get; init; } = [];

    [JsonPropertyName("skills")]
    public List<string> Skills { get; init; } = [];
}
