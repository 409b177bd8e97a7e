using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>A tailoring that has not started yet (this instance runs no workers) is cancelled and ends failed with the reason.</summary>
public sealed class TailorCancelApiTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?>
    {
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:Enabled"] = "false",
    });

    private SeededTenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Cancel Talent");
        using var scope = _portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_tenant.Id, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_waiting_tailoring_is_cancelled_and_says_so()
    {
        var api = _portal.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tenant.OwnerApiKey);
        var candidates = await api.GetFromJsonAsync<JsonElement>("/api/v1/candidates");
        var candidateId = candidates.GetProperty("items")[0].GetProperty("id").GetGuid();
        var posting = await api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Backend Engineer", company = "Acme", description = "Requirements:\n- C# and SQL\n- Docker" });
        var jobPostingId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var start = await api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId });
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        Assert.Equal("pending", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor/{tailorId}")).GetProperty("status").GetString());

        var cancel = await api.PostAsync($"/api/v1/tailor/{tailorId}/cancel", null);

        cancel.EnsureSuccessStatusCode();
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor/{tailorId}");
        Assert.Equal("failed", view.GetProperty("status").GetString());
        Assert.StartsWith("Cancelled", view.GetProperty("processing_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/tailor/{tailorId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/tailor/{Guid.NewGuid()}/cancel", null)).StatusCode);
    }
}
