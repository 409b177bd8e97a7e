using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Tests.Fixtures;
using RecruiterPortal.Tests.Unit.Ingestion;

namespace RecruiterPortal.Tests.Web;

public sealed class ResumeUploadTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private readonly RecordingPipelineQueue _queue = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;
    private SeededTenant _alpha = null!;
    private SeededTenant _beta = null!;

    public async Task InitializeAsync()
    {
        _factory = _portal.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPipelineQueue>(_queue);
            services.AddScoped<IPipelineJobReader, FakePipelineJobReader>();
        }));
        _alpha = await TestTenants.CreateAsync(_factory.Services, "Alpha Upload");
        _beta = await TestTenants.CreateAsync(_factory.Services, "Beta Upload");
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_single_upload_answers_202_with_a_queued_job_and_stores_the_resume()
    {
        var response = await Client(_alpha.OwnerApiKey).PostAsync("/api/v1/resumes/upload", Form("file", ("cv.txt", "Alex Doe\nalex@example.com")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var jobId = body.GetProperty("job_id").GetGuid();
        Assert.Equal("cv.txt", body.GetProperty("file_name").GetString());
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.EndsWith($"/api/v1/jobs/{jobId}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(_alpha.Id, _queue.Jobs[jobId].TenantId);

        var resume = await ResumeAsync(body.GetProperty("resume_id").GetGuid());
        Assert.Equal(ResumeStatuses.Queued, resume.Status);
        Assert.Equal(jobId, resume.JobId);
    }

    [Fact]
    public async Task A_batch_answers_202_with_an_item_per_file_and_refused_items_carry_the_reason()
    {
        var response = await Client(_alpha.OwnerApiKey).PostAsync("/api/v1/resumes/upload-batch",
            Form("files", ("a.txt", "Alex Doe\nalex@example.com"), ("b.md", "# Sam Roe\nsam@example.com"), ("virus.exe", "MZ"), ("empty.pdf", "")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["queued", "queued", "failed", "failed"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.All(items.Take(2), i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("job_id").ValueKind));
        Assert.All(items.Skip(2), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("error").GetString())));
        Assert.Equal("empty.pdf is empty.", items[3].GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_viewer_key_cannot_upload()
    {
        var response = await Client(_alpha.ViewerApiKey).PostAsync("/api/v1/resumes/upload", Form("file", ("cv.txt", "Alex Doe")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_single_file_answers_problem_details()
    {
        var response = await Client(_alpha.OwnerApiKey).PostAsync("/api/v1/resumes/upload", Form("file", ("tool.exe", "MZ")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task File_names_with_path_separators_and_control_characters_are_sanitised()
    {
        var response = await Client(_alpha.OwnerApiKey).PostAsync("/api/v1/resumes/upload", Form("file", ("..\\..\\windows\\sys\u0001tem\u007f cv.txt", "Alex Doe\nalex@example.com")));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("system cv.txt", body.GetProperty("file_name").GetString());
        Assert.Equal("system cv.txt", (await ResumeAsync(body.GetProperty("resume_id").GetGuid())).FileName);
    }

    [Fact]
    public async Task A_job_reads_back_for_its_tenant_and_404s_for_another()
    {
        var jobId = Guid.NewGuid();
        var resumeId = Guid.NewGuid();
        FakePipelineJobReader.Jobs[jobId] = (_alpha.Id, new PipelineJobView(
            jobId, IngestResumeHandler.JobKind, "completed", "complete", 100, null, null,
            JsonSerializer.Serialize(new IngestResumeResult(resumeId, Guid.NewGuid(), false, false)), null, DateTime.UtcNow, DateTime.UtcNow));

        var own = await Client(_alpha.ViewerApiKey).GetAsync($"/api/v1/jobs/{jobId}");
        var other = await Client(_beta.OwnerApiKey).GetAsync($"/api/v1/jobs/{jobId}");
        var missing = await Client(_beta.OwnerApiKey).GetAsync($"/api/v1/jobs/{Guid.NewGuid()}");

        var body = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(jobId, body.GetProperty("job_id").GetGuid());
        Assert.Equal("completed", body.GetProperty("status").GetString());
        Assert.Equal(100, body.GetProperty("progress").GetInt32());
        Assert.Equal(resumeId, body.GetProperty("result").GetProperty("resume_id").GetGuid());
        Assert.False(body.GetProperty("result").GetProperty("duplicate").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(missing.StatusCode, other.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, other.Content.Headers.ContentType?.MediaType);
        var (otherBody, missingBody) = (await other.Content.ReadFromJsonAsync<JsonElement>(), await missing.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(missingBody.GetProperty("title").GetString(), otherBody.GetProperty("title").GetString());
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static MultipartFormDataContent Form(string field, params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }

        return form;
    }

    private async Task<Resume> ResumeAsync(Guid id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<Resume>().IgnoreQueryFilters().SingleAsync(r => r.Id == id);
    }
}
