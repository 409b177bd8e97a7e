using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>The original file behind a candidate's resume, downloaded from the portal's pages.</summary>
public sealed class ResumeDownloadTests : IAsyncLifetime
{
    private static readonly byte[] Resume = Encoding.UTF8.GetBytes("Lena Fox\nlena.fox@example.com\n\nEXPERIENCE\nWarehouse Lead, Parcelwise\n2021 - Present\n- Ran inventory counts");
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _owner = null!;
    private SeededTenant _other = null!;
    private Guid _resumeId;

    public async Task InitializeAsync()
    {
        _owner = await TestTenants.CreateAsync(_portal.Services, "Download Owner");
        _other = await TestTenants.CreateAsync(_portal.Services, "Download Other");
        var api = _portal.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _owner.OwnerApiKey);
        _resumeId = (await ApiFlows.UploadResumeAsync(api, Resume, "lena-fox.txt")).GetProperty("result").GetProperty("resume_id").GetGuid();
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_user_of_the_tenant_downloads_the_original_bytes()
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(client, _owner.EmailOf(PortalRoles.Viewer), TestTenants.Password);

        var response = await client.GetAsync($"/files/resumes/{_resumeId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Resume, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("lena-fox.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Another_tenant_gets_not_found_and_anonymous_is_sent_to_sign_in()
    {
        var other = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AuthenticationTests.SignInAsync(other, _other.EmailOf(PortalRoles.Owner), TestTenants.Password);
        var anonymous = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/files/resumes/{_resumeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/files/resumes/{Guid.NewGuid()}")).StatusCode);
        var redirect = await anonymous.GetAsync($"/files/resumes/{_resumeId}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/Account/Login", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
