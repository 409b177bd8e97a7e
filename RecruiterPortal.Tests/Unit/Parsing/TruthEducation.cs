using System.Text.Json.Serialization;

namespace RecruiterPortal.Tests.Unit.Parsing;

public sealed record TruthEducation(
    [property: JsonPropertyName("institution")] string Institution,
    [property: JsonPropertyName("degree")] string Degree);
