using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>Steps many API tests share: upload a resume and wait for it, wait for any job-like resource to finish.</summary>
public static class ApiFlows
{
    /// <summary>Uploads one resume and waits for its ingestion; returns the finished job (<c>result.resume_id</c>, <c>result.candidate_id</c>).</summary>
    public static async Task<JsonElement> UploadResumeAsync(HttpClient api, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "files", fileName } };
        var upload = await api.PostAsync("/api/v1/resumes/upload-batch", form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var jobId = (await upload.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("job_id").GetGuid();
        var job = await WaitUntilFinishedAsync(api, $"/api/v1/jobs/{jobId}");
        Assert.True(job.GetProperty("status").GetString() == "completed", job.ToString());
        return job;
    }

    /// <summary>
    /// Polls a resource with a <c>status</c> (or whose <paramref name="status"/> part has one) until it is
    /// completed or failed (or the time is up), and returns it.
    /// </summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient api, string url, int seconds = 90, Func<JsonElement, JsonElement>? status = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var current = await api.GetFromJsonAsync<JsonElement>(url);
            var holder = status is null ? current : status(current);
            if ((holder.ValueKind == JsonValueKind.Object && holder.GetProperty("status").GetString() is "completed" or "failed") || DateTime.UtcNow > deadline)
            {
                return current;
            }

            await Task.Delay(200);
        }
    }
}
