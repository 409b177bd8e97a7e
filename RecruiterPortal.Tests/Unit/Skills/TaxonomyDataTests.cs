using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Skills;

public class TaxonomyDataTests
{
    private readonly SkillTaxonomy _taxonomy = SkillTaxonomy.Default;

    [Fact]
    public void Shipped_taxonomy_has_at_least_a_thousand_skills() =>
        Assert.True(_taxonomy.Skills.Count >= 1000, $"only {_taxonomy.Skills.Count} skills");

    [Fact]
    public void Every_name_and_alias_resolves_to_the_skill_that_declares_it()
    {
        // The loader keeps the first skill for a repeated alias; a repeat would silently send
        // resumes to the wrong skill, so the data itself must not repeat one.
        var clashes = new List<string>();
        foreach (var skill in _taxonomy.Skills)
        {
            var names = skill.Aliases.Select(a => a.TrimStart('=')).Append(skill.Name);
            foreach (var name in names)
            {
                var resolved = _taxonomy.Resolve(name);
                if (resolved?.Key != skill.Key)
                {
                    clashes.Add($"'{name}' of {skill.Name} resolves to {resolved?.Name ?? "nothing"}");
                }
            }
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_skill_has_a_category() =>
        Assert.All(_taxonomy.Skills, s => Assert.False(string.IsNullOrWhiteSpace(s.Category), s.Name));

    [Theory]
    // software and cloud
    [InlineData("JS", "JavaScript")]
    [InlineData("K8s", "Kubernetes")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("GCP", "Google Cloud Platform")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("EF Core", "Entity Framework")]
    [InlineData("pen testing", "Penetration Testing")]
    [InlineData("UX/UI", "User Interface Design")]
    // healthcare
    [InlineData("RN", "Registered Nurse")]
    [InlineData("BLS", "Basic Life Support")]
    [InlineData("ACLS", "Advanced Cardiovascular Life Support")]
    [InlineData("med-surg", "Medical-Surgical Nursing")]
    [InlineData("Epic", "Epic Systems")]
    [InlineData("ICU", "Intensive Care Unit")]
    [InlineData("telemetry monitoring", "Cardiac Telemetry")]
    // sales and marketing
    [InlineData("SFDC", "Salesforce")]
    [InlineData("SEO", "Search Engine Optimization")]
    [InlineData("B2B", "B2B Sales")]
    [InlineData("lead gen", "Lead Generation")]
    [InlineData("CRM", "Customer Relationship Management")]
    // finance
    [InlineData("GAAP", "Generally Accepted Accounting Principles")]
    [InlineData("FP&A", "Financial Planning and Analysis")]
    [InlineData("CPA", "Certified Public Accountant")]
    [InlineData("bank recs", "Bank Reconciliation")]
    [InlineData("MS Excel", "Microsoft Excel")]
    // logistics
    [InlineData("WMS", "Warehouse Management System")]
    [InlineData("forklift certified", "Forklift Operation")]
    [InlineData("3PL", "Third-Party Logistics")]
    [InlineData("SAP Materials Management", "SAP MM")]
    // people, teaching, project management
    [InlineData("talent acquisition", "Recruiting")]
    [InlineData("ESL", "English as a Second Language")]
    [InlineData("Project Management Professional", "PMP")]
    [InlineData("Scrum Master", null)]
    [InlineData("Certified ScrumMaster", "Certified ScrumMaster")]
    public void Aliases_resolve_per_domain(string alias, string? canonical) =>
        Assert.Equal(canonical, _taxonomy.Resolve(alias)?.Name);

    [Theory]
    [InlineData("We were shipping features across the organization and receiving feedback.")]
    [InlineData("Excellent outlook; she will excel, go far and sketch a plan.")]
    [InlineData("Administered 5 mL doses; the node was stable; added containers to the line.")]
    [InlineData("The lean team used polish and a box of salt.")]
    public void Ordinary_words_are_not_skills(string text) =>
        Assert.Empty(_taxonomy.FindMentions(text));
}
