using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.Exports;

namespace RecruiterPortal.Tests.Web;

/// <summary>Downloading a tailored resume over the HTTP API and from the portal's pages.</summary>
public sealed class TailorExportApiTests : IAsyncLifetime
{
    private const string Reviewed = "# Priya Raman\n\n## Summary\nThe reviewed version.\n";
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:Enabled"] = "false" });
    private SeededTenant _tenant = null!;
    private SeededTenant _other = null!;
    private Guid _completed;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Export Talent");
        _other = await TestTenants.CreateAsync(_portal.Services, "Export Other");
        _completed = await TailorExportSeed.TailoringAsync(_portal.Services, _tenant.Id, TailoredResumeStatuses.Completed, ExportSamples.Resume);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("md", "text/markdown")]
    [InlineData("html", "text/html")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task The_api_downloads_each_format_as_an_attachment_named_after_candidate_and_job(string format, string contentType)
    {
        var response = await Api(_tenant.OwnerApiKey).GetAsync($"/api/v1/tailor/{_completed}/export?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"Priya Raman - Senior Backend Engineer.{format}", response.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (format == "docx")
        {
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
        else
        {
            Assert.Contains("Designed idempotent payment APIs", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_reviewed_version_is_what_is_exported()
    {
        var id = await TailorExportSeed.TailoringAsync(_portal.Services, _tenant.Id, TailoredResumeStatuses.Completed, ExportSamples.Resume, Reviewed);

        var text = await Api(_tenant.OwnerApiKey).GetStringAsync($"/api/v1/tailor/{id}/export?format=md");

        Assert.Equal(Reviewed, text);
    }

    [Fact]
    public async Task Unknown_formats_missing_and_foreign_tailorings_and_unfinished_ones_are_refused_clearly()
    {
        var api = Api(_tenant.OwnerApiKey);
        var pending = await TailorExportSeed.TailoringAsync(_portal.Services, _tenant.Id, TailoredResumeStatuses.Processing, "");

        var unknown = await api.GetAsync($"/api/v1/tailor/{_completed}/export?format=rtf");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unknown export format 'rtf'. Choose one of: pdf, docx, md, html.", problem.GetProperty("errors").GetProperty("format")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/tailor/{_completed}/export")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/tailor/{Guid.NewGuid()}/export?format=md")).StatusCode);
        var foreign = await Api(_other.OwnerApiKey).GetAsync($"/api/v1/tailor/{_completed}/export?format=md");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Priya", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unfinished = await api.GetAsync($"/api/v1/tailor/{pending}/export?format=html");
        Assert.Equal(HttpStatusCode.Conflict, unfinished.StatusCode);
        Assert.Contains("processing", (await unfinished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await Api(_tenant.ViewerApiKey).GetAsync($"/api/v1/tailor/{_completed}/export?format=md")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _portal.CreateClient().GetAsync($"/api/v1/tailor/{_completed}/export?format=md")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_recruiter_downloads_from_the_page_link_and_other_tenants_and_viewers_cannot()
    {
        var recruiter = await SignedInAsync(_tenant.EmailOf(PortalRoles.Recruiter));
        var url = "/" + RecruiterPortal.Endpoints.TailorExportEndpoints.DownloadUrl(_completed, "docx");

        var response = await recruiter.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Priya Raman - Senior Backend Engineer.docx", response.Content.Headers.ContentDisposition!.FileNameStar);

        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.GetAsync($"/files/tailored/{_completed}/export?format=exe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(_other.EmailOf(PortalRoles.Owner))).GetAsync(url)).StatusCode);
        var viewer = await (await SignedInAsync(_tenant.EmailOf(PortalRoles.Viewer))).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, viewer.StatusCode);
        Assert.Contains("AccessDenied", viewer.Headers.Location!.ToString(), StringComparison.Ordinal);
        var anonymous = await _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_api_prints_the_pdf_in_chromium()
    {
        var response = await Api(_tenant.OwnerApiKey).GetAsync($"/api/v1/tailor/{_completed}/export?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Priya Raman - Senior Backend Engineer.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        var text = await ExternalTool.PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Priya Raman", text, StringComparison.Ordinal);
        Assert.Contains("Experience", text, StringComparison.OrdinalIgnoreCase);
    }

    private HttpClient Api(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(client, email, TestTenants.Password);
        return client;
    }
}
