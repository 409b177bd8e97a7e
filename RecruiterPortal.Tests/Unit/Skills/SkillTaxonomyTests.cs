using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Skills;

public class SkillTaxonomyTests
{
    private readonly SkillTaxonomy _taxonomy = SkillTaxonomy.Default;

    [Theory]
    [InlineData("JS", "JavaScript")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("golang", "Go")]
    public void Aliases_resolve_to_the_canonical_skill(string alias, string canonical) =>
        Assert.Equal(canonical, _taxonomy.Resolve(alias)?.Name);

    [Fact]
    public void Finds_skills_in_text_including_punctuated_names()
    {
        var names = _taxonomy.FindMentions("Built services in C#, C++ and Node.js on K8s; CI/CD with Docker.")
            .Select(m => m.Skill.Name).ToList();

        Assert.Equal(["C#", "C++", "Node.js", "Kubernetes", "CI/CD", "Docker"], names);
    }

    [Fact]
    public void Case_sensitive_aliases_do_not_match_ordinary_words()
    {
        var names = _taxonomy.FindMentions("Ready to go the extra mile with Go.").Select(m => m.Skill.Name).ToList();

        Assert.Equal(["Go"], names);
    }
}
