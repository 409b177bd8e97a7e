using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>The two API calls a client of the upload API makes: send a batch, then poll its jobs.</summary>
public sealed class PortalApiClient : IDisposable
{
    private readonly HttpClient _http;

    public PortalApiClient(Uri baseAddress, string apiKey)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>Posts the files to <c>upload-batch</c>; returns the items in the order sent.</summary>
    public async Task<IReadOnlyList<JsonElement>> UploadBatchAsync(IReadOnlyList<CorpusFile> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", file.FileName);
        }

        using var response = await _http.PostAsync("api/v1/resumes/upload-batch", form);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"upload-batch answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>Each job's status as <c>GET /api/v1/jobs/{id}</c> reports it, a few requests at a time.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> StatusesAsync(IReadOnlyCollection<Guid> jobIds)
    {
        using var gate = new SemaphoreSlim(6);
        var results = await Task.WhenAll(jobIds.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                var job = await _http.GetFromJsonAsync<JsonElement>($"api/v1/jobs/{id}");
                return (id, job.GetProperty("status").GetString() ?? "?");
            }
            finally
            {
                gate.Release();
            }
        }));
        return results.ToDictionary(r => r.id, r => r.Item2);
    }

    public void Dispose() => _http.Dispose();
}
