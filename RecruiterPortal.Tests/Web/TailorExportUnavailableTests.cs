using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.Exports;

namespace RecruiterPortal.Tests.Web;

/// <summary>With no Chromium where the settings point, PDF export answers 503 with what to do; the other formats still work.</summary>
public sealed class TailorExportUnavailableTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Pipeline:Enabled"] = "false",
        ["Export:ChromiumPath"] = "/nonexistent/chromium",
    });

    private HttpClient _api = null!;
    private Guid _completed;

    public async Task InitializeAsync()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "No Chromium");
        _completed = await TailorExportSeed.TailoringAsync(_portal.Services, tenant.Id, TailoredResumeStatuses.Completed, ExportSamples.Resume);
        _api = _portal.CreateClient();
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Pdf_export_is_a_503_naming_the_missing_chromium_and_the_other_formats_still_download()
    {
        var response = await _api.GetAsync($"/api/v1/tailor/{_completed}/export?format=pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(
            "PDF export is unavailable: Chromium was not found at /nonexistent/chromium; run scripts/setup.sh (installs Debian's chromium) or set Export:ChromiumPath.",
            problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);

        foreach (var format in new[] { "docx", "md", "html" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/api/v1/tailor/{_completed}/export?format={format}")).StatusCode);
        }
    }

    [Fact]
    public void A_bad_export_setting_stops_the_portal_at_start_up()
    {
        using var services = StartupErrorTests.Services(new() { ["Export:PaperSize"] = "Tabloid" });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RecruiterPortal.Core.Exports.ExportOptions>>().Value);

        Assert.Contains("Export:PaperSize must be A4 or Letter.", error.Message, StringComparison.Ordinal);
    }
}
