using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>
/// The Content-Security-Policy in real Chromium: every main page loads and becomes interactive with
/// no CSP violation in the console, and the settings page saves through the circuit.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class HardeningBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Csp Browser Talent")
{
    [Fact]
    public async Task The_main_pages_run_under_the_CSP_without_violations_and_settings_save()
    {
        var jobId = await CreateJobAsync();
        var page = await NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => console.Add($"{page.Url}: {error}");

        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Owner), TestTenants.Password);
        string[] paths = ["", "candidates", "jobs", $"jobs/{jobId}", "resumes/upload", "tailor", "sessions", "admin/users", "admin/api-keys", "admin/scoring", "admin/audit", "admin/settings"];
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForInteractivityAsync();
        }

        // The organisation's own AI endpoint must be on the public internet: a local one is refused with what to do.
        await page.GetByTestId("ai-provider").ClickAsync();
        await page.Locator(".rz-dropdown-item:visible").Filter(new() { HasTextRegex = new Regex("^openai-compatible$") }).ClickAsync();
        await Expect(page.GetByTestId("ai-endpoint-hint")).ToContainTextAsync("local and private network addresses are refused");
        await page.GetByTestId("ai-endpoint").FillAsync("http://localhost:11434/v1");
        await page.GetByTestId("ai-model").FillAsync("llama3.1");
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByTestId("settings-error")).ToContainTextAsync("Endpoint 'localhost' is a local or private address");
        await page.ScreenshotAsync("admin-settings-private-endpoint");

        await page.GetByTestId("ai-endpoint").FillAsync("https://20.42.65.92/v1");
        await page.GetByTestId("quota-resumes").Locator("input").FillAsync("500");
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("The new settings apply from now on.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Last saved", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("settings-error")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("admin-settings");
        await page.ReloadAsync();
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByTestId("ai-endpoint")).ToHaveValueAsync("https://20.42.65.92/v1");

        Assert.True(!console.Any(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused to", StringComparison.Ordinal)), string.Join("\n", console));
        Assert.True(console.Count == 0, string.Join("\n", console));
    }

    private async Task<Guid> CreateJobAsync()
    {
        using var api = new HttpClient { BaseAddress = BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tenant.OwnerApiKey);
        var created = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Platform Engineer", company = "Acme", description = "Requirements:\n- C# and Kubernetes" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

/// <summary>The cap on open tabs per user, in real Chromium: the tab past the cap says why instead of showing the page.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CircuitCapBrowserTests(BrowserFixture browser)
    : LivePortalTest(browser, "Circuit Cap Talent", new Dictionary<string, string?> { ["Circuits:MaxPerUser"] = "2" })
{
    [Fact]
    public async Task A_tab_past_the_users_cap_is_refused_with_a_message_and_closing_one_frees_a_place()
    {
        var first = await NewPageAsync();
        await first.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await first.WaitForInteractivityAsync();
        await Expect(first.GetByTestId("too-many-tabs")).ToHaveCountAsync(0);

        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(new Uri(BaseAddress, "candidates").ToString());
        await second.WaitForInteractivityAsync();
        await Expect(second.GetByTestId("too-many-tabs")).ToHaveCountAsync(0);

        var third = await first.Context.NewPageAsync();
        await third.GotoAsync(new Uri(BaseAddress, "candidates").ToString());
        await Expect(third.GetByTestId("too-many-tabs")).ToContainTextAsync("too many portal tabs open (at most 2)");

        await second.CloseAsync();
        // The closed tab's connection drops a moment later; reload until its place is free.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await third.ReloadAsync();
            await third.WaitForInteractivityAsync();
            if (await third.GetByTestId("too-many-tabs").CountAsync() == 0)
            {
                break;
            }

            await Task.Delay(1000);
        }

        await Expect(third.GetByTestId("too-many-tabs")).ToHaveCountAsync(0);
        await Expect(third.GetByRole(AriaRole.Heading, new() { Name = "Candidates" })).ToBeVisibleAsync();
    }
}
