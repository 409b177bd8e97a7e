using RecruiterPortal.Core.Employers;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Unit.Employers;

/// <summary>
/// The company-name normaliser against a fixture list of written variants with the employer each
/// must resolve to (Fixtures/Employers/company-variants.txt). The figure is printed: the share of
/// variants grouped with the rest of their employer, and the wrong merges (variants of two
/// employers resolved to one), which must be none.
/// </summary>
public class EmployerNormaliserTests(ITestOutputHelper output)
{
    [Fact]
    public void Fixture_variants_group_at_least_95_percent_correctly_with_no_wrong_merges()
    {
        var fixture = Fixture();
        Assert.True(fixture.Count >= 60, $"The fixture has {fixture.Count} variants");
        var directory = new EmployerDirectory(Guid.NewGuid(), [], [], DateTime.UtcNow);
        var resolved = fixture.Select(f => (f.Group, f.Written, Employer: directory.Resolve(f.Written)!.Value.Employer)).ToList();

        // Each expected group's employer is the one most of its variants resolved to.
        var groupEmployer = resolved.GroupBy(r => r.Group)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Employer.Id).OrderByDescending(e => e.Count()).First().Key);
        var wrongMerges = resolved.GroupBy(r => r.Employer.Id).Where(g => g.Select(r => r.Group).Distinct().Count() > 1).ToList();
        var correct = resolved.Count(r => groupEmployer[r.Group] == r.Employer.Id && !wrongMerges.Any(w => w.Key == r.Employer.Id));
        var share = (double)correct / resolved.Count;

        output.WriteLine($"Grouped correctly: {correct} of {resolved.Count} variants ({share:P1}) in {groupEmployer.Count} employers; wrong merges: {wrongMerges.Count}");
        foreach (var miss in resolved.Where(r => groupEmployer[r.Group] != r.Employer.Id))
        {
            output.WriteLine($"  not grouped: \"{miss.Written}\" → {miss.Employer.Name} (expected with {miss.Group})");
        }

        foreach (var merge in wrongMerges)
        {
            output.WriteLine($"  wrong merge: {string.Join(", ", merge.Select(r => $"\"{r.Written}\" ({r.Group})"))}");
        }

        Assert.Empty(wrongMerges);
        Assert.True(share >= 0.95, $"Only {share:P1} grouped correctly");
    }

    [Theory]
    [InlineData("Google LLC", "google inc.")]
    [InlineData("The Walt Disney Company", "Disney")]
    [InlineData("Acme GmbH & Co. KG", "Acme")]
    [InlineData("Nestlé S.A.", "nestle")]
    [InlineData("Atlassian Pty. Ltd.", "ATLASSIAN")]
    [InlineData("Johnson & Johnson", "Johnson and Johnson")]
    [InlineData("Harbor  Payments,   Inc.", "Harbor Payments")]
    public void Variants_share_a_key(string a, string b) =>
        Assert.Equal(EmployerNames.Parse(a)!.Key, EmployerNames.Parse(b)!.Key);

    [Theory]
    [InlineData("Apple", "Applied Materials")]
    [InlineData("Meta", "Metabase")]
    [InlineData("General Electric", "General Motors")]
    [InlineData("Amazon", "Amazon Web Services")]
    [InlineData("Ford Foundation", "Ford")]
    [InlineData("Acme Systems", "Acme")]
    public void Different_employers_keep_different_keys(string a, string b) =>
        Assert.NotEqual(EmployerNames.Parse(a)!.Key, EmployerNames.Parse(b)!.Key);

    [Theory]
    [InlineData("Google – Cloud Platform", "Google", "Cloud Platform")]
    [InlineData("Acme Corp (Finance)", "Acme", "Finance")]
    [InlineData("Acme Corp, Finance Division", "Acme", "Finance Division")]
    [InlineData("Deloitte | Consulting", "Deloitte", "Consulting")]
    [InlineData("Google, Inc.", "Google", null)]
    [InlineData("Acme (Pty) Ltd", "Acme", null)]
    public void Departments_are_split_from_the_employer(string written, string name, string? department)
    {
        var parts = EmployerNames.Parse(written)!;
        Assert.Equal(name, parts.Name);
        Assert.Equal(department, parts.Department);
    }

    [Theory]
    [InlineData("The Home Depot, Inc.", "Home Depot")]
    [InlineData("international business machines corporation", "IBM")]
    [InlineData("harbor payments llc", "Harbor Payments")]
    [InlineData("Facebook", "Meta")]
    public void Display_names_drop_legal_forms_and_use_known_names(string written, string name) =>
        Assert.Equal(name, EmployerNames.Parse(written)!.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" - ")]
    public void Blank_names_resolve_to_nothing(string? written) => Assert.Null(EmployerNames.Parse(written));

    [Fact]
    public void A_known_written_form_follows_its_alias_after_a_split()
    {
        var tenant = Guid.NewGuid();
        var google = new Employer { TenantId = tenant, Name = "Google", Key = "google", CreatedAt = DateTime.UtcNow.AddDays(-1) };
        var split = new Employer { TenantId = tenant, Name = "Google", Key = "google" };
        var aliases = new[]
        {
            new EmployerAlias { TenantId = tenant, EmployerId = google.Id, Name = "Google", Variant = "google", Key = "google" },
            new EmployerAlias { TenantId = tenant, EmployerId = split.Id, Name = "Google LLC", Variant = "google llc", Key = "google" },
        };
        var directory = new EmployerDirectory(tenant, [google, split], aliases, DateTime.UtcNow);

        Assert.Equal(split.Id, directory.Resolve("google LLC")!.Value.Employer.Id);

        // A form never seen joins the employer that had the key first.
        Assert.Equal(google.Id, directory.Resolve("Google, Inc.")!.Value.Employer.Id);
    }

    private static List<(string Group, string Written)> Fixture() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Employers", "company-variants.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', 2))
            .Select(p => (p[0].Trim(), p[1].Trim()))
            .ToList();
}
