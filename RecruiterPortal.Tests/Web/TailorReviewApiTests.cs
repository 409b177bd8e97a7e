using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>History, review (declining single improvements) and cancel over the HTTP API.</summary>
public sealed partial class TailorApiTests
{
    [Fact]
    public async Task Declined_improvements_are_undone_in_the_final_version_and_only_the_owner_tenant_can_review()
    {
        var (candidateId, jobPostingId) = await SeedAsync();
        var start = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = jobPostingId });
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        var view = await WaitForTailoringAsync(tailorId);
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("review").GetProperty("final_markdown").ValueKind);
        var count = view.GetProperty("improvements").GetArrayLength();
        Assert.True(count >= 2, $"expected several improvements, got {count}");

        var history = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/tailor?candidate_id={candidateId}&job_posting_id={jobPostingId}");
        Assert.Equal(tailorId, Assert.Single(history.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await Client(_other.OwnerApiKey).GetFromJsonAsync<JsonElement>($"/api/v1/tailor?candidate_id={candidateId}")).EnumerateArray());

        var all = await _api.PutAsJsonAsync($"/api/v1/tailor/{tailorId}/review", new { declined_improvements = Enumerable.Range(0, count) });
        all.EnsureSuccessStatusCode();
        var reviewed = (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailoring");
        Assert.Equal(view.GetProperty("original").GetProperty("content_markdown").GetString(), reviewed.GetProperty("final_markdown").GetString());
        Assert.Equal(view.GetProperty("original").GetProperty("match_score").GetDouble(), reviewed.GetProperty("review").GetProperty("final_match_score").GetDouble(), 3);
        Assert.Equal(count, reviewed.GetProperty("review").GetProperty("declined_improvements").GetArrayLength());

        var none = await _api.PutAsJsonAsync($"/api/v1/tailor/{tailorId}/review", new { declined_improvements = Array.Empty<int>() });
        var kept = (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailoring");
        Assert.Equal(view.GetProperty("tailored").GetProperty("content_markdown").GetString(), kept.GetProperty("final_markdown").GetString());

        var outOfRange = await _api.PutAsJsonAsync($"/api/v1/tailor/{tailorId}/review", new { declined_improvements = new[] { count + 5 } });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("declined_improvements", await outOfRange.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var foreign = await Client(_other.OwnerApiKey).PutAsJsonAsync($"/api/v1/tailor/{tailorId}/review", new { declined_improvements = new[] { 0 } });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(_other.OwnerApiKey).PostAsync($"/api/v1/tailor/{tailorId}/cancel", null)).StatusCode);
        var viewer = await Client(_tenant.ViewerApiKey).PutAsJsonAsync($"/api/v1/tailor/{tailorId}/review", new { declined_improvements = new[] { 0 } });
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);

        var finished = await _api.PostAsync($"/api/v1/tailor/{tailorId}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, finished.StatusCode);
        var after = await WaitForTailoringAsync(tailorId);
        Assert.Equal("completed", after.GetProperty("status").GetString());
        Assert.Empty(after.GetProperty("review").GetProperty("declined_improvements").EnumerateArray());
    }
}
