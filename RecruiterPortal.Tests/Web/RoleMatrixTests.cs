using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Settings;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;
using RecruiterPortal.Tests.Fixtures;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Who may do what, for every page, every interactive action and every API endpoint, against
/// {anonymous, Viewer, Recruiter, Admin, Owner}. The expected table is written out here by hand; the
/// portal's routes are enumerated from the running app, so a new page or endpoint that is not in the
/// table fails the test until someone decides who may use it. Each table is printed.
/// </summary>
public sealed class RoleMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Anonymous = "anonymous";
    private const string Public = "public";
    private const string SignedIn = "signed-in";
    private static readonly string[] Callers = [Anonymous, PortalRoles.Viewer, PortalRoles.Recruiter, PortalRoles.Admin, PortalRoles.Owner];

    /// <summary>Every page route → who may open it: <see cref="Public"/>, <see cref="SignedIn"/> or the lowest role.</summary>
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["/"] = PortalRoles.Viewer,
        ["/candidates"] = PortalRoles.Viewer,
        ["/candidates/{Id:guid}"] = PortalRoles.Viewer,
        ["/employers"] = PortalRoles.Viewer,
        ["/jobs"] = PortalRoles.Viewer,
        ["/jobs/{Id:guid}"] = PortalRoles.Viewer,
        ["/jobs/new"] = PortalRoles.Recruiter,
        ["/jobs/{Id:guid}/edit"] = PortalRoles.Recruiter,
        ["/resumes/upload"] = PortalRoles.Recruiter,
        ["/tailor"] = PortalRoles.Recruiter,
        ["/tailor/{Id:guid}"] = PortalRoles.Viewer,
        ["/sessions"] = PortalRoles.Viewer,
        ["/sessions/new"] = PortalRoles.Recruiter,
        ["/sessions/{Id:guid}"] = PortalRoles.Viewer,
        ["/reports"] = PortalRoles.Viewer,
        ["/reports/{Id:guid}"] = PortalRoles.Viewer,
        ["/admin/users"] = PortalRoles.Admin,
        ["/admin/api-keys"] = PortalRoles.Admin,
        ["/admin/scoring"] = PortalRoles.Admin,
        ["/admin/audit"] = PortalRoles.Admin,
        ["/admin/errors"] = PortalRoles.Admin,
        ["/Account/Manage"] = SignedIn,
        ["/Account/Manage/TwoFactor"] = SignedIn,
        ["/Account/Login"] = Public,
        ["/Account/LoginWith2fa"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Account/Signup"] = Public,
        ["/Account/Setup"] = Public,
        ["/Account/Invite"] = Public,
        ["/admin/settings"] = PortalRoles.Admin,
        ["/admin/privacy"] = PortalRoles.Admin,
        ["/Error"] = Public,
        ["/not-found"] = Public,
    };

    /// <summary>Every API endpoint ("METHOD /pattern") → the lowest role its key needs.</summary>
    private static readonly Dictionary<string, string> Api = new()
    {
        ["GET /api/v1/me"] = PortalRoles.Viewer,
        ["GET /api/v1/candidates"] = PortalRoles.Viewer,
        ["GET /api/v1/candidates/{id:guid}"] = PortalRoles.Viewer,
        ["PATCH /api/v1/candidates/{id:guid}"] = PortalRoles.Recruiter,
        ["DELETE /api/v1/candidates/{id:guid}"] = PortalRoles.Admin,
        ["GET /api/v1/candidates/{id:guid}/export"] = PortalRoles.Admin,
        ["GET /api/v1/employers"] = PortalRoles.Viewer,
        ["GET /api/v1/employers/{id:guid}"] = PortalRoles.Viewer,
        ["PATCH /api/v1/employers/{id:guid}"] = PortalRoles.Recruiter,
        ["POST /api/v1/employers/{id:guid}/merge"] = PortalRoles.Recruiter,
        ["POST /api/v1/employers/{id:guid}/split"] = PortalRoles.Recruiter,
        ["GET /api/v1/settings"] = PortalRoles.Admin,
        ["PUT /api/v1/settings"] = PortalRoles.Admin,
        ["GET /api/v1/error-logs"] = PortalRoles.Admin,
        ["GET /api/v1/candidates/{id:guid}/resumes"] = PortalRoles.Viewer,
        ["GET /api/v1/candidates/{id:guid}/best-jobs"] = PortalRoles.Viewer,
        ["GET /api/v1/candidates/{id:guid}/content-ranking"] = PortalRoles.Viewer,
        ["PUT /api/v1/candidates/{id:guid}/content-ranking"] = PortalRoles.Recruiter,
        ["POST /api/v1/resumes/upload"] = PortalRoles.Recruiter,
        ["POST /api/v1/resumes/upload-batch"] = PortalRoles.Recruiter,
        ["GET /api/v1/resumes/{id:guid}/file"] = PortalRoles.Viewer,
        ["GET /api/v1/resumes/{id:guid}/text"] = PortalRoles.Viewer,
        ["GET /api/v1/jobs/{jobId:guid}"] = PortalRoles.Viewer,
        ["GET /api/v1/job-postings"] = PortalRoles.Viewer,
        ["POST /api/v1/job-postings"] = PortalRoles.Recruiter,
        ["POST /api/v1/job-postings/upload"] = PortalRoles.Recruiter,
        ["GET /api/v1/job-postings/{id:guid}"] = PortalRoles.Viewer,
        ["PUT /api/v1/job-postings/{id:guid}"] = PortalRoles.Recruiter,
        ["PUT /api/v1/job-postings/{id:guid}/extraction"] = PortalRoles.Recruiter,
        ["DELETE /api/v1/job-postings/{id:guid}"] = PortalRoles.Recruiter,
        ["GET /api/v1/job-postings/{id:guid}/versions"] = PortalRoles.Viewer,
        ["GET /api/v1/job-postings/{id:guid}/matches"] = PortalRoles.Viewer,
        ["GET /api/v1/job-postings/{id:guid}/candidates/{candidateId:guid}/ai-score"] = PortalRoles.Viewer,
        ["POST /api/v1/job-postings/{id:guid}/candidates/{candidateId:guid}/ai-score"] = PortalRoles.Recruiter,
        ["GET /api/v1/match"] = PortalRoles.Viewer,
        ["GET /api/v1/weightage-profile"] = PortalRoles.Viewer,
        ["PUT /api/v1/weightage-profile"] = PortalRoles.Admin,
        ["POST /api/v1/tailor/verify"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor"] = PortalRoles.Viewer,
        ["POST /api/v1/tailor"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor/{tailorId:guid}"] = PortalRoles.Viewer,
        ["POST /api/v1/tailor/{tailorId:guid}/cancel"] = PortalRoles.Recruiter,
        ["PUT /api/v1/tailor/{tailorId:guid}/review"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor/{tailorId:guid}/export"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor-sessions"] = PortalRoles.Viewer,
        ["POST /api/v1/tailor-sessions"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor-sessions/{sessionId:guid}"] = PortalRoles.Viewer,
        ["GET /api/v1/tailor-sessions/{sessionId:guid}/events"] = PortalRoles.Viewer,
        ["POST /api/v1/tailor-sessions/{sessionId:guid}/cancel"] = PortalRoles.Recruiter,
        ["POST /api/v1/tailor-sessions/{sessionId:guid}/pause"] = PortalRoles.Recruiter,
        ["POST /api/v1/tailor-sessions/{sessionId:guid}/resume"] = PortalRoles.Recruiter,
        ["POST /api/v1/tailor-sessions/{sessionId:guid}/retry"] = PortalRoles.Recruiter,
        ["GET /api/v1/tailor-sessions/{sessionId:guid}/export.csv"] = PortalRoles.Viewer,
        ["POST /api/v1/job-postings/{id:guid}/reports"] = PortalRoles.Recruiter,
        ["GET /api/v1/reports"] = PortalRoles.Viewer,
        ["GET /api/v1/reports/{id:guid}"] = PortalRoles.Viewer,
        ["GET /api/v1/reports/{id:guid}/export"] = PortalRoles.Recruiter,
        ["DELETE /api/v1/reports/{id:guid}"] = PortalRoles.Recruiter,
        ["GET /api/v1/candidates/{id:guid}/writing-samples"] = PortalRoles.Viewer,
        ["POST /api/v1/candidates/{id:guid}/writing-samples"] = PortalRoles.Recruiter,
        ["POST /api/v1/cover-letters"] = PortalRoles.Recruiter,
        ["GET /api/v1/cover-letters/{id:guid}"] = PortalRoles.Viewer,
        ["GET /api/v1/cover-letters/{id:guid}/export"] = PortalRoles.Recruiter,
    };

    /// <summary>The cookie-authenticated file routes pages link to ("METHOD /pattern") → the lowest role.</summary>
    private static readonly Dictionary<string, string> Files = new()
    {
        ["GET /files/resumes/{id:guid}"] = PortalRoles.Viewer,
        ["GET /files/tailored/{id:guid}/export"] = PortalRoles.Recruiter,
        ["GET /files/sessions/{sessionId:guid}/results.csv"] = PortalRoles.Viewer,
        ["GET /files/sessions/{sessionId:guid}/resumes.zip"] = PortalRoles.Viewer,
        ["GET /files/audit.csv"] = PortalRoles.Admin,
        ["GET /files/reports/{id:guid}/export"] = PortalRoles.Recruiter,
        ["GET /files/candidates/{id:guid}/export"] = PortalRoles.Admin,
    };

    /// <summary>What a page's buttons do, called on the services the buttons call, as each role.</summary>
    private static readonly (string Action, string Role, Func<IServiceProvider, Task> Run)[] Actions =
    [
        ("upload resumes", PortalRoles.Recruiter, s => s.GetRequiredService<ResumeUploadService>().UploadAsync([])),
        ("merge employers", PortalRoles.Recruiter, s => s.GetRequiredService<EmployerService>().MergeAsync(Guid.NewGuid(), Guid.NewGuid())),
        ("rename an employer", PortalRoles.Recruiter, s => s.GetRequiredService<EmployerService>().RenameAsync(Guid.NewGuid(), "Matrix Corp")),
        ("split an employer", PortalRoles.Recruiter, s => s.GetRequiredService<EmployerService>().SplitAsync(Guid.NewGuid(), "Matrix Corp")),
        ("edit a candidate", PortalRoles.Recruiter, s => s.GetRequiredService<CandidateService>().UpdateAsync(Guid.NewGuid(), new CandidateUpdate { Location = "Leeds" })),
        ("reorder a candidate's content", PortalRoles.Recruiter, s => s.GetRequiredService<ContentRankingService>().SaveOrderAsync(Guid.NewGuid(), Guid.NewGuid(), new ContentOrder())),
        ("create a job", PortalRoles.Recruiter, s => s.GetRequiredService<JobPostingService>().CreateAsync(new JobPostingInput { Title = "Matrix job", Description = "Requirements:\n- SQL" })),
        ("edit a job", PortalRoles.Recruiter, s => s.GetRequiredService<JobPostingService>().UpdateAsync(Guid.NewGuid(), new JobPostingInput { Title = "Matrix job", Description = "Requirements:\n- SQL" })),
        ("correct a job's extraction", PortalRoles.Recruiter, s => s.GetRequiredService<JobPostingService>().CorrectExtractionAsync(Guid.NewGuid(), new JobProfileCorrection(Reset: true))),
        ("delete a job", PortalRoles.Recruiter, s => s.GetRequiredService<JobPostingService>().DeleteAsync(Guid.NewGuid())),
        ("get an AI score", PortalRoles.Recruiter, s => s.GetRequiredService<RecruiterPortal.Core.Scoring.AiScoreService>().StartAsync(Guid.NewGuid(), Guid.NewGuid())),
        ("start a tailoring", PortalRoles.Recruiter, s => s.GetRequiredService<TailoringService>().StartAsync(Guid.NewGuid(), Guid.NewGuid(), new TailorOptions())),
        ("review a tailoring", PortalRoles.Recruiter, s => s.GetRequiredService<TailoringReviewService>().ReviewAsync(Guid.NewGuid(), [])),
        ("cancel a tailoring", PortalRoles.Recruiter, s => s.GetRequiredService<TailoringReviewService>().CancelAsync(Guid.NewGuid(), null)),
        ("export a tailoring", PortalRoles.Recruiter, s => s.GetRequiredService<TailoredResumeExportService>().ExportAsync(Guid.NewGuid(), ExportFormats.Markdown)),
        ("start a bulk session", PortalRoles.Recruiter, s => s.GetRequiredService<TailorSessionService>().StartAsync(new TailorSessionRequest(Guid.NewGuid(), [Guid.NewGuid()]))),
        ("pause a bulk session", PortalRoles.Recruiter, s => s.GetRequiredService<TailorSessionService>().PauseAsync(Guid.NewGuid())),
        ("resume a bulk session", PortalRoles.Recruiter, s => s.GetRequiredService<TailorSessionService>().ResumeAsync(Guid.NewGuid())),
        ("cancel a bulk session", PortalRoles.Recruiter, s => s.GetRequiredService<TailorSessionService>().CancelAsync(Guid.NewGuid())),
        ("retry a session's failures", PortalRoles.Recruiter, s => s.GetRequiredService<TailorSessionService>().RetryFailedAsync(Guid.NewGuid())),
        ("save a shortlist report", PortalRoles.Recruiter, s => s.GetRequiredService<ShortlistReportService>().CreateShortlistAsync(Guid.NewGuid(), 5, null)),
        ("export a report", PortalRoles.Recruiter, s => s.GetRequiredService<ShortlistReportService>().ExportAsync(Guid.NewGuid(), "csv")),
        ("delete a report", PortalRoles.Recruiter, s => s.GetRequiredService<ShortlistReportService>().DeleteAsync(Guid.NewGuid())),
        ("change scoring weights", PortalRoles.Admin, s => s.GetRequiredService<MatchingService>().UpdateWeightageAsync(new WeightageView(0.4, 0.1, 0.2, 0.1, 0.1, 0.1))),
        ("create an API key", PortalRoles.Admin, s => s.GetRequiredService<ApiKeyService>().CreateAsync("matrix key", PortalRoles.Viewer)),
        ("revoke an API key", PortalRoles.Admin, s => s.GetRequiredService<ApiKeyService>().RevokeAsync(Guid.NewGuid())),
        ("invite a user", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().InviteAsync("Matrix Person", $"matrix-{Guid.NewGuid():N}@example.com", PortalRoles.Viewer)),
        ("change a user's role", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().ChangeRoleAsync(Guid.NewGuid(), PortalRoles.Viewer)),
        ("deactivate a user", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().DeactivateAsync(Guid.NewGuid())),
        ("reactivate a user", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().ReactivateAsync(Guid.NewGuid())),
        ("reset a user's password", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().ResetPasswordAsync(Guid.NewGuid())),
        ("require two-factor", PortalRoles.Admin, s => s.GetRequiredService<UserAdministration>().SetTwoFactorRequiredAsync(false)),
        ("save tenant settings", PortalRoles.Admin, s => s.GetRequiredService<TenantSettingsService>().SaveAsync(new TenantSettingsUpdate())),
        ("set retention", PortalRoles.Admin, s => s.GetRequiredService<RetentionService>().SetAsync(null)),
        ("export a candidate's data", PortalRoles.Admin, s => s.GetRequiredService<CandidateDataExport>().ExportAsync(Guid.NewGuid())),
        ("erase a candidate", PortalRoles.Admin, s => s.GetRequiredService<CandidateErasure>().EraseAsync(Guid.NewGuid())),
        ("add a writing sample", PortalRoles.Recruiter, s => s.GetRequiredService<RecruiterPortal.Core.CoverLetters.WritingSampleService>().AddAsync(Guid.NewGuid(), "A sample letter")),
        ("upload a writing sample", PortalRoles.Recruiter, s => s.GetRequiredService<RecruiterPortal.Core.CoverLetters.WritingSampleService>().UploadAsync(Guid.NewGuid(), "A sample letter"u8.ToArray(), "letter.txt")),
        ("start a cover letter", PortalRoles.Recruiter, s => s.GetRequiredService<TailoringService>().StartAsync(Guid.NewGuid(), Guid.NewGuid(), new TailorOptions(), TailoredDocumentTypes.CoverLetter)),
    ];

    private readonly PortalFactory _portal = new();
    private readonly Dictionary<string, string> _keys = [];
    private SeededTenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Matrix Talent");
        await using var scope = _portal.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        foreach (var role in PortalRoles.All)
        {
            var secret = ApiKeySecret.Generate();
            await keys.RegisterAsync(_tenant.Id, $"{role} matrix key", role, secret);
            _keys[role] = secret;
        }
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_page_admits_exactly_the_roles_the_table_names()
    {
        var routes = typeof(RecruiterPortal.Hosting.WebDependencyInjection).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<Microsoft.AspNetCore.Components.RouteAttribute>())
            .Select(a => a.Template)
            .Distinct()
            .ToList();
        Assert.Empty(routes.Except(Pages.Keys));
        Assert.Empty(Pages.Keys.Except(routes));

        var clients = new Dictionary<string, HttpClient> { [Anonymous] = Client() };
        foreach (var role in PortalRoles.All)
        {
            clients[role] = Client();
            await AuthenticationTests.SignInAsync(clients[role], _tenant.EmailOf(role), TestTenants.Password);
        }

        var rows = new List<(string Name, string Expected, Dictionary<string, (bool Allowed, string Answer)> Seen)>();
        foreach (var (route, expected) in Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var seen = new Dictionary<string, (bool Allowed, string Answer)>();
            foreach (var caller in Callers)
            {
                using var response = await clients[caller].GetAsync(Fill(route));
                seen[caller] = (!IsPageDenial(response), Answer(response));
            }

            rows.Add((route, expected, seen));
        }

        Report("Pages (GET, signed in with a cookie)", rows);
    }

    [Fact]
    public async Task Every_api_endpoint_admits_exactly_the_roles_the_table_names()
    {
        var endpoints = Endpoints("/api/");
        Assert.Empty(endpoints.Except(Api.Keys));
        Assert.Empty(Api.Keys.Except(endpoints));

        var rows = new List<(string Name, string Expected, Dictionary<string, (bool Allowed, string Answer)> Seen)>();
        foreach (var (endpoint, expected) in Api.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var seen = new Dictionary<string, (bool Allowed, string Answer)>();
            foreach (var caller in Callers)
            {
                using var client = Client();
                if (caller != Anonymous)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _keys[caller]);
                }

                using var response = await SendAsync(client, endpoint);
                seen[caller] = (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), Answer(response));
            }

            rows.Add((endpoint, expected, seen));
        }

        Report("API endpoints (Authorization: Bearer <key of that role>)", rows);
    }

    [Fact]
    public async Task Every_file_route_admits_exactly_the_roles_the_table_names()
    {
        var routes = Endpoints("/files/");
        Assert.Empty(routes.Except(Files.Keys));
        Assert.Empty(Files.Keys.Except(routes));

        var clients = new Dictionary<string, HttpClient> { [Anonymous] = Client() };
        foreach (var role in PortalRoles.All)
        {
            clients[role] = Client();
            await AuthenticationTests.SignInAsync(clients[role], _tenant.EmailOf(role), TestTenants.Password);
        }

        var rows = new List<(string Name, string Expected, Dictionary<string, (bool Allowed, string Answer)> Seen)>();
        foreach (var (route, expected) in Files.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var seen = new Dictionary<string, (bool Allowed, string Answer)>();
            foreach (var caller in Callers)
            {
                using var response = await SendAsync(clients[caller], route);
                seen[caller] = (!IsPageDenial(response) && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), Answer(response));
            }

            rows.Add((route, expected, seen));
        }

        Report("File routes (cookie)", rows);
    }

    [Fact]
    public async Task Every_interactive_action_is_refused_in_the_service_layer_below_its_role()
    {
        var rows = new List<(string Name, string Expected, Dictionary<string, (bool Allowed, string Answer)> Seen)>();
        foreach (var (action, role, run) in Actions)
        {
            var seen = new Dictionary<string, (bool Allowed, string Answer)>();
            foreach (var caller in Callers)
            {
                await using var scope = _portal.Services.CreateAsyncScope();
                var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
                if (caller != Anonymous)
                {
                    tenant.Use(_tenant.Id, null, caller);
                }

                try
                {
                    await run(scope.ServiceProvider);
                    seen[caller] = (true, "ran");
                }
                catch (RoleDeniedException)
                {
                    seen[caller] = (false, "refused");
                }
            }

            rows.Add((action, role, seen));
        }

        Report("Interactive actions (the service each button calls, as that role)", rows);
    }

    private void Report(string title, List<(string Name, string Expected, Dictionary<string, (bool Allowed, string Answer)> Seen)> rows)
    {
        var width = rows.Max(r => r.Name.Length) + 2;
        var table = new StringBuilder().AppendLine(title)
            .Append("".PadRight(width)).AppendJoin("", Callers.Select(c => c.PadRight(19))).AppendLine();
        var wrong = new List<string>();
        foreach (var (name, expected, seen) in rows)
        {
            table.Append(name.PadRight(width));
            foreach (var caller in Callers)
            {
                var allowed = Allowed(expected, caller);
                var (got, answer) = seen[caller];
                table.Append($"{(got ? "allow" : "deny")} {answer}".PadRight(14)).Append(got == allowed ? "     " : "(!!) ");
                if (got != allowed)
                {
                    wrong.Add($"{name} as {caller}: expected {(allowed ? "allow" : "deny")}, got {(got ? "allow" : "deny")} ({answer})");
                }
            }

            table.AppendLine();
        }

        output.WriteLine(table.ToString());
        Assert.True(wrong.Count == 0, string.Join("\n", wrong) + "\n\n" + table);
    }

    /// <summary>The status code, and for a redirect where it led.</summary>
    private static string Answer(HttpResponseMessage response) =>
        (int)response.StatusCode + (response.Headers.Location is { } to ? "→" + to.OriginalString.Split('?')[0].Replace("http://localhost", "", StringComparison.Ordinal) : "");

    private static bool Allowed(string expected, string caller) => expected switch
    {
        Public => true,
        SignedIn => caller != Anonymous,
        _ => caller != Anonymous && PortalRoles.Includes(caller, expected),
    };

    /// <summary>
    /// A page refuses by a challenge (to sign-in, with the page to return to) or by sending the
    /// browser to the access-denied page. Other redirects (set-up already done…) are not refusals.
    /// </summary>
    private static bool IsPageDenial(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location?.OriginalString is { } location
        && (location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)
            || (location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) && location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase)));

    private List<string> Endpoints(string prefix) => _portal.Services.GetServices<EndpointDataSource>()
        .SelectMany(s => s.Endpoints)
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith(prefix, StringComparison.Ordinal) == true)
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
        .Distinct()
        .ToList();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint)
    {
        var (method, route) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route));
        if (route.Contains("/upload", StringComparison.Ordinal))
        {
            // Upload routes only match multipart forms (anything else is a 415 before anyone is asked who they are).
            var form = new MultipartFormDataContent();
            foreach (var field in new[] { "file", "files" })
            {
                form.Add(new ByteArrayContent("Role Matrix\nSQL"u8.ToArray()), field, "matrix.txt");
            }

            request.Content = form;
        }
        else if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        // An event stream stays open when allowed: the status line is all this needs.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }

    /// <summary>A route with every parameter filled by an id nobody has.</summary>
    private static string Fill(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", Guid.NewGuid().ToString());

    private HttpClient Client() => _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
