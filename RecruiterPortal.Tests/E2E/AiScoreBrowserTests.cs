using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

/// <summary>
/// The match explanation in Chromium: the matcher's verdicts before any AI score, then "Get AI score"
/// against a fake OpenAI-compatible server whose answer invents one quote and disagrees with the
/// local score, so the verdicts, the dropped quote, the three scores and the review flag all show.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AiScoreBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Beacon Talent", Settings())
{
    private const string Invented = "Managed Kubernetes for 900 clusters at NASA";

    private const string Description = """
        We are hiring a Senior Backend Engineer to build our payments platform.

        Requirements
        - 5+ years of experience building backend services
        - Strong Python and Django
        - PostgreSQL and REST APIs
        - Docker and Kubernetes in production

        Nice to have
        - AWS

        Bachelor's degree in Computer Science or equivalent experience.
        """;

    private static FakeOpenAiServer? _server;

    private Guid _jobId;

    private static Dictionary<string, string?> Settings()
    {
        _server = FakeOpenAiServer.StartAsync().GetAwaiter().GetResult();
        _server.Script(Reply);
        return new Dictionary<string, string?>
        {
            ["Pipeline:PollInterval"] = "00:00:00.200",
            ["Ai:Provider"] = "openai-compatible",
            ["Ai:Endpoint"] = _server.Endpoint.ToString(),
            ["Ai:Model"] = "fake-model",
            ["Ai:RetryBaseDelayMilliseconds"] = "10",
        };
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(Tenant.Id, role: PortalRoles.Owner);
        await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(Tenant.Id, CancellationToken.None);
        var created = await scope.ServiceProvider.GetRequiredService<JobPostingService>()
            .CreateAsync(new JobPostingInput { Title = "Senior Backend Engineer", Company = "Beacon Pay", Description = Description });
        Assert.True(created.IsSuccess, created.Error);
        _jobId = created.Value!.Id;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_recruiter_reads_the_matchers_verdicts_gets_an_ai_score_and_sees_the_disagreement_flagged()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.WaitForInteractivityAsync();
        await page.GotoAsync($"jobs/{_jobId}");
        await page.WaitForInteractivityAsync();

        var first = page.Locator("[data-testid=ranking-grid] tbody tr").First;
        await Expect(first).ToContainTextAsync("Python");
        await first.GetByTestId("explain").ClickAsync();

        var panel = page.GetByTestId("ai-score-panel");
        await Expect(panel.GetByTestId("verdict-source")).ToContainTextAsync("Verdicts from the deterministic matcher until you get an AI score.");
        await Expect(panel.GetByTestId("verdicts")).ToContainTextAsync("Python (required)");
        await Expect(panel.GetByTestId("ai-score-value")).ToContainTextAsync("not asked yet");

        await panel.GetByTestId("get-ai-score").ClickAsync();

        await Expect(panel.GetByTestId("needs-review")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(panel.GetByTestId("needs-review")).ToContainTextAsync("differ by");
        await Expect(panel.GetByTestId("needs-review")).ToContainTextAsync("quoted evidence the resume does not contain");
        await Expect(panel.GetByTestId("verdict-source")).ToContainTextAsync("Verdicts from fake-model (openai-compatible)");
        await Expect(panel.GetByTestId("ai-score-value")).ToContainTextAsync("5");
        await Expect(panel.GetByTestId("resolved-score")).ToContainTextAsync("50% local, 50% AI");
        await Expect(panel.GetByTestId("evidence-rejected")).ToHaveCountAsync(1);
        await Expect(panel.GetByTestId("evidence").First).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("ai-warning").First).ToContainTextAsync(Invented);
        await Expect(panel.GetByTestId("verdicts")).Not.ToContainTextAsync(Invented);
        await Expect(panel.GetByTestId("ai-score-attempt")).ToHaveCountAsync(1);

        // Asking again keeps the first answer in the history beside the new one.
        await panel.GetByTestId("get-ai-score").ClickAsync();
        await Expect(panel.GetByTestId("ai-score-attempt")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await Expect(panel.GetByTestId("ai-score-attempt").Nth(1)).ToContainTextAsync("needs review");
        await Expect(panel.GetByTestId("ai-score-attempts")).ToContainTextAsync("fake-model");
        await page.WaitForTimeoutAsync(600); // let the dialog settle for the screenshot
        await page.ScreenshotAsync("ai-scores");
    }

    /// <summary>
    /// Judges each requirement met with the resume's longest line as evidence, except the first,
    /// whose quote is invented; the overall score is low, so it disagrees with the local score.
    /// </summary>
    private static FakeReply Reply(FakeChatRequest request)
    {
        var line = request.Resume.Split('\n').Select(l => l.Trim()).OrderByDescending(l => l.Length).First();
        var ids = AiScorePrompt.RequirementIdsIn(request.User);
        return new FakeReply(Content: JsonSerializer.Serialize(new
        {
            overall_score = 0.05,
            summary = "A backend engineer; the answer was scripted for the test.",
            requirements = ids.Select((id, i) => new { id, verdict = "met", evidence = i == 0 ? Invented : line, reason = "scripted" }),
        }));
    }
}
