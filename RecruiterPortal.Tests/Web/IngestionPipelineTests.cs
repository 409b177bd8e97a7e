using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Uploads through the HTTP API with the real pipeline workers running: bad files fail with a reason,
/// good files in the same batch complete, and the portal stays up.
/// </summary>
public sealed class IngestionPipelineTests : IAsyncLifetime
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200", ["Extraction:PdfMaxPages"] = "20" });
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var tenant = await TestTenants.CreateAsync(_portal.Services, "Pipeline Talent");
        _api = _portal.CreateClient();
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_batch_of_hostile_files_fails_each_with_a_reason_while_the_good_files_complete()
    {
        var files = new (string Name, byte[] Bytes)[]
        {
            ("good.pdf", await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "03_sales_pdf_chrome.pdf"))),
            ("good.docx", await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Resumes", "02_nurse_docx.docx"))),
            ("empty.pdf", []),
            ("program.pdf", [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0]),
            ("page.docx", Encoding.UTF8.GetBytes("<html><body><h1>Not a Word file</h1></body></html>")),
            ("bomb.docx", ZipBomb()),
            ("encrypted.pdf", await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Extraction", "encrypted.pdf"))),
            ("corrupt.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated")),
            ("scanned.pdf", await File.ReadAllBytesAsync(Path.Combine(Fixtures, "Extraction", "scanned.pdf"))),
            ("long.pdf", ManyPagePdf(1000)),
            ("../..\\etc/\u0001evil\tname.txt", Encoding.UTF8.GetBytes("Jane Roe\njane.roe@example.com\n\nEXPERIENCE\nData Analyst, Acme Corp\nJan 2020 - Present\n- Built SQL dashboards")),
        };

        var accepted = await UploadAsync(files);
        var finals = await WaitForJobsAsync(accepted.Where(a => a.JobId is not null).Select(a => a.JobId!.Value).ToList());

        string StatusOf(string name) => accepted.Single(a => a.FileName.Contains(name, StringComparison.Ordinal)) is var item && item.JobId is { } id
            ? finals[id].GetProperty("status").GetString()!
            : item.Status;
        string ErrorOf(string name) => accepted.Single(a => a.FileName.Contains(name, StringComparison.Ordinal)) is var item && item.JobId is { } id
            ? finals[id].GetProperty("error").GetString() ?? ""
            : item.Error ?? "";

        Assert.Equal("completed", StatusOf("good.pdf"));
        Assert.Equal("completed", StatusOf("good.docx"));
        Assert.Equal("completed", StatusOf("evil"));
        Assert.DoesNotContain("/", accepted.Single(a => a.FileName.Contains("evil", StringComparison.Ordinal)).FileName);
        foreach (var bad in new[] { "empty.pdf", "program.pdf", "page.docx", "bomb.docx", "encrypted.pdf", "corrupt.pdf", "scanned.pdf", "long.pdf" })
        {
            Assert.Equal("failed", StatusOf(bad));
            Assert.False(string.IsNullOrWhiteSpace(ErrorOf(bad)), $"{bad} failed without a reason");
        }

        Assert.Contains("password", ErrorOf("encrypted.pdf"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("scanned", ErrorOf("scanned.pdf"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("20", ErrorOf("long.pdf"), StringComparison.Ordinal);
        Assert.Equal("Healthy", await _api.GetStringAsync("/healthz"));
        var candidates = await _api.GetFromJsonAsync<JsonElement>("/api/v1/candidates");
        Assert.Equal(3, candidates.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Two_resumes_of_one_person_in_one_batch_become_two_versions_of_one_candidate()
    {
        var first = Encoding.UTF8.GetBytes("Sam Carter\nsam.carter@example.com\n+1 415 555 0101\n\nEXPERIENCE\nBackend Engineer, Northwind\n2019 - Present\n- Built Python services\n\nSKILLS\nPython, PostgreSQL");
        var second = Encoding.UTF8.GetBytes("Sam Carter\nSAM.CARTER@example.com\n\nEXPERIENCE\nSenior Backend Engineer, Northwind\n2019 - Present\n- Led Python and Kubernetes work\n\nSKILLS\nPython, Kubernetes");

        var accepted = await UploadAsync([("sam-2023.txt", first), ("sam-2024.txt", second)]);
        var finals = await WaitForJobsAsync(accepted.Select(a => a.JobId!.Value).ToList());

        var candidateIds = finals.Values.Select(f => f.GetProperty("result").GetProperty("candidate_id").GetGuid()).Distinct().ToList();
        var candidate = Assert.Single(candidateIds);
        var profile = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{candidate}");
        Assert.Equal(2, profile.GetProperty("resumes").GetArrayLength());
    }

    private async Task<List<(Guid? JobId, string FileName, string Status, string? Error)>> UploadAsync(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        var response = await _api.PostAsync("/api/v1/resumes/upload-batch", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var items = await response.Content.ReadFromJsonAsync<JsonElement>();
        return items.EnumerateArray().Select(i => (
            i.TryGetProperty("job_id", out var job) && job.ValueKind == JsonValueKind.String ? job.GetGuid() : (Guid?)null,
            i.GetProperty("file_name").GetString()!,
            i.GetProperty("status").GetString()!,
            i.TryGetProperty("error", out var error) ? error.GetString() : null)).ToList();
    }

    private async Task<Dictionary<Guid, JsonElement>> WaitForJobsAsync(IReadOnlyList<Guid> jobIds)
    {
        var finals = new Dictionary<Guid, JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (finals.Count < jobIds.Count && DateTime.UtcNow < deadline)
        {
            foreach (var id in jobIds.Where(id => !finals.ContainsKey(id)))
            {
                var job = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}");
                if (job.GetProperty("status").GetString() is "completed" or "failed")
                {
                    finals[id] = job;
                }
            }

            await Task.Delay(200);
        }

        Assert.True(finals.Count == jobIds.Count, $"{jobIds.Count - finals.Count} jobs did not finish within a minute");
        return finals;
    }

    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ManyPagePdf(int pages)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>" };
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{i + 3} 0 R"));
        objects.Add($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"));
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
