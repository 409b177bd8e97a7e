using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Unit.Tailoring;

namespace RecruiterPortal.Tests.Unit.CoverLetters;

/// <summary>
/// The letter guard's employer rule on fixture letters: employers the tenant knows are caught
/// wherever the letter names them, other names after "recruited by", "left", "joined"…, while the
/// candidate's own employers (in any written form, or as a merged alias) and the job's company pass.
/// </summary>
public sealed class CoverLetterGuardTests
{
    private const string JobTitle = "Senior Backend Engineer";
    private const string JobCompany = "Northwind Talent";
    private static readonly CoverLetterGuard Guard = new(SkillTaxonomy.Default);
    private static readonly string Resume = ResumeMarkdown.Render(TailoringFixtures.Resume("01_software_txt_caps.txt"));

    /// <summary>The tenant's employers: the candidate's two, two others, and an alias a recruiter merged into Brightline.</summary>
    private static readonly LetterEmployers Tenant = new(
        Keys("Brightline Payments", "Cobalt Health Systems", "Globex Corporation", "Initech", "Bluebird Pay").Concat(LetterEmployers.WellKnownKeys).ToHashSet(StringComparer.Ordinal),
        Keys("Brightline Payments", "Bluebird Pay", "Cobalt Health Systems"));

    [Fact]
    public void Employers_the_candidate_never_worked_at_are_flagged_with_or_without_a_preposition()
    {
        var report = Guard.Verify(Resume, Letter("invented_employers.txt"), JobTitle, JobCompany, Tenant);

        var employers = report.Violations.Where(v => v.Type == GuardViolationTypes.NewEmployer).Select(v => v.Text).Order().ToList();
        Assert.Equal(["Globex Corporation", "Initech", "Umbrella Analytics", "Vandelay Industries"], employers);
        Assert.Equal(4, report.Violations.Count);
    }

    [Fact]
    public void The_candidates_own_employers_in_other_forms_and_the_job_company_pass()
    {
        var report = Guard.Verify(Resume, Letter("own_employers.txt"), JobTitle, JobCompany, Tenant);
        Assert.True(report.Ok, string.Join("\n", report.Violations.Select(v => v.Detail)));

        // Without the recruiter's merge, "Bluebird Pay" is just another known employer of the tenant.
        var unmerged = new LetterEmployers(Tenant.KnownKeys, Keys("Brightline Payments", "Cobalt Health Systems"));
        var flagged = Guard.Verify(Resume, Letter("own_employers.txt"), JobTitle, JobCompany, unmerged);
        Assert.Equal(["Bluebird Pay"], flagged.Violations.Select(v => v.Text));
    }

    [Fact]
    public void A_known_employer_that_is_the_jobs_company_is_the_letters_subject_not_a_claim()
    {
        const string letter = "Dear Hiring Manager,\n\nI would be glad to bring my settlement work at Brightline Payments to Globex. Globex Corp is where I want to grow.\n\nSincerely,\nDaniel Okafor";
        Assert.True(Guard.Verify(Resume, letter, JobTitle, "Globex Corporation", Tenant).Ok);
        Assert.Equal(["Globex", "Globex Corp"], Guard.Verify(Resume, letter, JobTitle, JobCompany, Tenant).Violations.Select(v => v.Text).Order());
    }

    [Fact]
    public void Well_known_employers_are_flagged_even_without_the_tenants_list_and_their_other_names_count_as_the_same()
    {
        const string invented = "Dear Hiring Manager,\n\nMicrosoft hired me after Brightline Payments, and Facebook later asked me to lead its payments team.\n\nSincerely,\nDaniel Okafor";
        Assert.Equal(["Facebook", "Microsoft"], Guard.Verify(Resume, invented, JobTitle, JobCompany).Violations.Select(v => v.Text).Order());

        // A candidate who worked at "Meta Platforms, Inc." may call it Facebook.
        var meta = Resume.Replace("Brightline Payments", "Meta Platforms, Inc.", StringComparison.Ordinal);
        const string own = "Dear Hiring Manager,\n\nAt Facebook I led the migration of the settlement service.\n\nSincerely,\nDaniel Okafor";
        Assert.True(Guard.Verify(meta, own, JobTitle, JobCompany).Ok, string.Join("\n", Guard.Verify(meta, own, JobTitle, JobCompany).Violations.Select(v => v.Detail)));
    }

    [Fact]
    public void A_company_written_with_its_legal_form_is_flagged_anywhere_even_one_the_tenant_does_not_know()
    {
        const string invented = "Dear Hiring Manager,\n\nBrightline Payments Inc. gave me the settlement service. Later Hooli GmbH asked me to lead its payments team, " +
            "and The Pied Piper Ltd. was my first client. Group work and Team Lead duties came with it.\n\nSincerely,\nDaniel Okafor";
        var report = Guard.Verify(Resume, invented, JobTitle, JobCompany);

        // The candidate's own employer with "Inc." passes; the two unknown companies are named without the sentence's first word.
        Assert.Equal(["Hooli GmbH", "Pied Piper Ltd"], report.Violations.Select(v => v.Text).Order());
        Assert.All(report.Violations, v => Assert.Equal(GuardViolationTypes.NewEmployer, v.Type));

        // The job's own company, written with its legal form, is the letter's subject.
        const string subject = "Dear Hiring Manager,\n\nNorthwind Talent Ltd. is where I want to bring my Brightline Payments work.\n\nSincerely,\nDaniel Okafor";
        Assert.True(Guard.Verify(Resume, subject, JobTitle, JobCompany).Ok, string.Join("\n", Guard.Verify(Resume, subject, JobTitle, JobCompany).Violations.Select(v => v.Detail)));
    }

    private static string Letter(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Letters", "Guard", name));

    private static HashSet<string> Keys(params string[] names) => names.Select(EmployerNames.Key).ToHashSet(StringComparer.Ordinal);
}
