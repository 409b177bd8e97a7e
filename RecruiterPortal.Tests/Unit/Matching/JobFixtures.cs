using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecruiterPortal.Tests.Unit.Matching;

/// <summary>The hand-written job descriptions under Fixtures/Jobs with their labelled skills.</summary>
internal static class JobFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Jobs");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name + ".txt"));

    public static Truth LoadTruth(string name) =>
        JsonSerializer.Deserialize<Truth>(File.ReadAllText(Path.Combine(Directory, name + ".truth.json")))
        ?? throw new InvalidOperationException($"{name}.truth.json is empty.");

    internal sealed record Truth(
        [property: JsonPropertyName("required_skills")] IReadOnlyList<string> RequiredSkills,
        [property: JsonPropertyName("preferred_skills")] IReadOnlyList<string> PreferredSkills);
}
