using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EmployersBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Keystone Talent")
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        var demo = scope.ServiceProvider.GetRequiredService<DemoResumes>();
        await demo.SeedAsync(Tenant.Id, CancellationToken.None);
        await demo.SeedFromAsync(Tenant.Id, DemoEmployers.ResourcePrefix, CancellationToken.None);

        // Harbor Payments' new brand, written so that the normaliser cannot know it is the same company.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var candidate = new Candidate { TenantId = Tenant.Id, FullName = "Noor Haddad", Title = "Payments Engineer" };
        candidate.Experience = [new CandidateExperience { TenantId = Tenant.Id, CandidateId = candidate.Id, Company = "HarborPay", Title = "Payments Engineer" }];
        db.Add(candidate);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_viewer_finds_everyone_who_worked_at_an_employer_whatever_they_wrote()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await page.WaitForInteractivityAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Employers", Exact = true }).ClickAsync();
        var harbor = Row(page, "Harbor Payments");
        await Expect(harbor.GetByTestId("employer-variant")).ToHaveTextAsync(["Harbor Payments", "Harbor Payments Inc"]);
        await Expect(page.GetByTestId("merge-button")).ToHaveCountAsync(0);
        await harbor.GetByTestId("employer-candidates").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("candidates\\?employer="));
        var rows = page.Locator("[data-testid=candidate-grid] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("candidate-grid")).ToContainTextAsync("Priya Raman");
        await Expect(page.GetByTestId("candidate-grid")).ToContainTextAsync("Marcus Bell");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Worked at" }).ClickAsync();
        await page.Locator(".rz-dropdown-item:visible").Filter(new() { HasTextRegex = new Regex("^Delta Freight Services$") }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("candidate-grid")).ToContainTextAsync("Tamika Brooks");
        await Expect(page.GetByTestId("candidate-grid")).Not.ToContainTextAsync("Priya Raman");
        await page.ScreenshotAsync("candidates-worked-at");
    }

    [Fact]
    public async Task A_recruiter_merges_two_employers_and_splits_a_variant_back_off()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.GotoAsync("employers");
        await page.WaitForInteractivityAsync();
        await Expect(Row(page, "HarborPay").GetByTestId("employer-candidates")).ToHaveTextAsync("1 candidate");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Employer to merge" }).ClickAsync();
        await page.Locator(".rz-dropdown-item:visible").Filter(new() { HasTextRegex = new Regex("^HarborPay$") }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Employer to keep" }).ClickAsync();
        await page.Locator(".rz-dropdown-item:visible").Filter(new() { HasTextRegex = new Regex("^Harbor Payments$") }).ClickAsync();
        await page.GetByTestId("merge-button").ClickAsync();

        await Expect(page.GetByTestId("employer-message")).ToContainTextAsync("Merged HarborPay into Harbor Payments: 3 candidates, 3 variants.");
        var harbor = Row(page, "Harbor Payments");
        await Expect(harbor.GetByTestId("employer-candidates")).ToHaveTextAsync("3 candidates");
        await Expect(harbor.GetByTestId("employer-variant")).ToHaveTextAsync(["Harbor Payments", "Harbor Payments Inc", "HarborPay"]);
        await Expect(page.GetByTestId("employer-name").Filter(new() { HasTextRegex = new Regex("^HarborPay$") })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("employers");

        await harbor.GetByRole(AriaRole.Button, new() { Name = "Split Harbor Payments Inc off" }).ClickAsync();
        await Expect(page.GetByTestId("employer-message")).ToContainTextAsync("Split \"Harbor Payments Inc\" off Harbor Payments");
        await Expect(Row(page, "Harbor Payments").GetByTestId("employer-candidates")).ToHaveTextAsync("2 candidates");
        await Expect(Row(page, "Harbor Payments Inc").GetByTestId("employer-candidates")).ToHaveTextAsync("1 candidate");

        // Renaming to a name another employer has is refused with what to do instead; another name is kept.
        await Row(page, "Harbor Payments Inc").GetByRole(AriaRole.Button, new() { Name = "Rename Harbor Payments Inc" }).ClickAsync();
        var input = page.GetByRole(AriaRole.Textbox, new() { Name = "New name for Harbor Payments Inc" });
        await input.FillAsync("Harbor Payments");
        await page.GetByTestId("rename-save").ClickAsync();
        await Expect(page.GetByTestId("employer-message")).ToContainTextAsync("\"Harbor Payments\" already goes by this name: merge the two employers instead.");
        await Expect(input).ToBeVisibleAsync();
        await page.ScreenshotAsync("employers-rename-refused");

        await input.FillAsync("Harbor Payments Europe");
        await page.GetByTestId("rename-save").ClickAsync();
        await Expect(page.GetByTestId("employer-message")).ToContainTextAsync("Renamed Harbor Payments Inc to Harbor Payments Europe;");
        await Expect(page.GetByTestId("rename-form")).ToHaveCountAsync(0);
        var europe = Row(page, "Harbor Payments Europe");
        await Expect(europe.GetByTestId("employer-variant")).ToHaveTextAsync(["Harbor Payments Inc"]);
        await Expect(europe.GetByTestId("employer-candidates")).ToHaveTextAsync("1 candidate");
        await page.ScreenshotAsync("employers-renamed");
    }

    private static ILocator Row(IPage page, string employer) =>
        page.Locator("[data-testid=employer-grid] tbody tr").Filter(new() { Has = page.GetByTestId("employer-name").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(employer)}$") }) });
}
