using System.Text.Json.Serialization;

namespace RecruiterPortal.Tests.Unit.Parsing;

public sealed record TruthPosition(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("company")] string Company);
