using System.Data.Common;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Candidate privacy through the real portal and pipeline: contact fields encrypted at rest with
/// keyed-hash de-duplication, erasure that leaves no trace, the one-candidate export, and retention.
/// The same bodies run on SQLite and PostgreSQL (subclasses below).
/// </summary>
public abstract class CandidatePrivacyTests : IAsyncLifetime
{
    private const string Name = "Zephyrine Quillborough";
    private const string Email = "zephyrine.quillborough@privacy-check.example";
    private const string Phone = "(512) 555-0187";
    private const string Description = """
        We are hiring a Senior Backend Engineer to build payment APIs.

        Requirements:
        - 5+ years of C# and ASP.NET Core
        - Experience with SQL Server, Redis and Azure
        """;

    private readonly TestDatabase _database;
    private readonly PortalFactory _portal;
    private SeededTenant _tenant = null!;
    private HttpClient _api = null!;

    protected CandidatePrivacyTests(string provider)
    {
        _database = TestDatabase.Create(provider);
        var settings = new Dictionary<string, string?>(_database.Settings) { ["Pipeline:PollInterval"] = "00:00:00.200" };
        _portal = new PortalFactory(settings);
    }

    private bool IsSqlite => _database.Provider == DatabaseOptions.Sqlite;

    public async Task InitializeAsync()
    {
        _tenant = await TestTenants.CreateAsync(_portal.Services, "Privacy Talent");
        _api = Client(_tenant.OwnerApiKey);
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Email_and_phone_are_encrypted_at_rest_and_found_only_by_exact_keyed_hash()
    {
        Guid id;
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var candidate = new Candidate { TenantId = _tenant.Id, FullName = "Cipher Person", Email = "Only.In.Cipher@Privacy-Check.example", Phone = "+1 415 555 0199" };
            db.Add(candidate);
            await db.SaveChangesAsync();
            id = candidate.Id;
        }

        // The stored columns hold neither the value nor its lower-case form; the hashes are 64 hex characters.
        var row = await RawRowAsync($"SELECT email, phone, email_hash, phone_hash FROM candidate WHERE full_name = 'Cipher Person'");
        Assert.DoesNotContain("cipher", row[0]!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("0199", row[1]!, StringComparison.Ordinal);
        Assert.Equal(64, row[2]!.Length);
        Assert.Equal(64, row[3]!.Length);
        if (IsSqlite)
        {
            var bytes = await DatabaseBytesAsync();
            Assert.Equal(-1, IndexOf(bytes, "Only.In.Cipher@Privacy-Check.example"));
            Assert.Equal(-1, IndexOf(bytes, "only.in.cipher@privacy-check.example"));
            Assert.Equal(-1, IndexOf(bytes, "+1 415 555 0199"));
            Assert.Equal(-1, IndexOf(bytes, "+14155550199"));
        }

        // Reads see the clear values; search matches the whole email or phone (any case or format), never a part.
        var profile = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{id}");
        Assert.Equal("Only.In.Cipher@Privacy-Check.example", profile.GetProperty("email").GetString());
        Assert.Equal("+1 415 555 0199", profile.GetProperty("phone").GetString());
        Assert.Equal(1, await CountAsync("only.in.cipher@privacy-check.example"));
        Assert.Equal(1, await CountAsync("(415) 555-0199"));
        Assert.Equal(0, await CountAsync("privacy-check.example"));
    }

    [Fact]
    public async Task Email_and_phone_are_in_clear_nowhere_at_rest_not_in_resume_text_tailorings_or_stored_files()
    {
        var upload = await ApiFlows.UploadResumeAsync(_api, ResumeBytes(""), "zephyrine-quillborough.txt");
        var candidateId = upload.GetProperty("result").GetProperty("candidate_id").GetGuid();
        var posting = await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer", company = "Acme Pay", description = Description });
        var postingId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = postingId });
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        Assert.Equal("completed", (await ApiFlows.WaitUntilFinishedAsync(_api, $"/api/v1/tailor/{tailorId}", seconds: 60)).GetProperty("status").GetString());

        // Every read still gives the clear text: the profile, the resume text, the tailored resume and the original file.
        var profile = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{candidateId}");
        Assert.Equal(Email, profile.GetProperty("email").GetString());
        var export = await _api.GetStringAsync($"/api/v1/tailor/{tailorId}/export?format=md");
        Assert.Contains(Email, export, StringComparison.Ordinal);
        var zip = new ZipArchive(new MemoryStream(await _api.GetByteArrayAsync($"/api/v1/candidates/{candidateId}/export")));
        var original = zip.Entries.Single(e => e.FullName.StartsWith("resumes/", StringComparison.Ordinal));
        using (var reader = new StreamReader(original.Open()))
        {
            Assert.Contains(Phone, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        // At rest, neither appears in any column of any table, in any stored file, or (SQLite) anywhere in the database file.
        Assert.Empty(await TablesContainingAsync(ContactNeedles));
        foreach (var file in Directory.EnumerateFiles(_portal.DataFolder, "*", SearchOption.AllDirectories))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.All(ContactNeedles, needle => Assert.True(IndexOf(bytes, needle) < 0, $"{Path.GetFileName(file)} holds \"{needle}\""));
        }

        if (IsSqlite)
        {
            var bytes = await DatabaseBytesAsync();
            Assert.All(ContactNeedles, needle => Assert.True(IndexOf(bytes, needle) < 0, $"the database file holds \"{needle}\""));
        }
    }

    [Fact]
    public async Task Documents_are_stored_under_their_own_purpose_and_text_stored_in_clear_earlier_still_reads()
    {
        var upload = await ApiFlows.UploadResumeAsync(_api, ResumeBytes(""), "zephyrine-quillborough.txt");
        var resumeId = upload.GetProperty("result").GetProperty("resume_id").GetGuid();
        var idText = IsSqlite ? resumeId.ToString().ToUpperInvariant() : resumeId.ToString();
        var stored = (await RawRowAsync($"SELECT raw_text FROM resume WHERE id = '{idText}'"))[0]!;

        // A Data Protection payload (magic header), readable by the document protector and not by the contact one.
        Assert.StartsWith("CfDJ8", stored, StringComparison.Ordinal);
        var protection = _portal.Services.GetRequiredService<ContactProtection>();
        Assert.Contains(Email, protection.UnprotectDocument(stored), StringComparison.Ordinal);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protection.Unprotect(stored));

        // A row written in clear before documents were encrypted is read as it is.
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE resume SET raw_text = {0} WHERE id = {1}", "Plain text from an earlier version", resumeId);
        }

        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
        var read = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<RecruiterPortal.Core.Ingestion.Resume>()
            .Where(r => r.Id == resumeId).Select(r => r.RawText).SingleAsync();
        Assert.Equal("Plain text from an earlier version", read);
    }

    [Fact]
    public async Task Erasure_leaves_no_trace_of_the_name_or_email_in_any_table_or_stored_blob()
    {
        var first = await ApiFlows.UploadResumeAsync(_api, ResumeBytes(""), "zephyrine-quillborough.txt");
        var candidateId = first.GetProperty("result").GetProperty("candidate_id").GetGuid();

        // A second, different file with the same email is a new version of the same person (keyed-hash de-duplication).
        var second = await ApiFlows.UploadResumeAsync(_api, ResumeBytes("\nCERTIFICATIONS\nAzure Developer Associate\n"), "zephyrine-2.txt");
        Assert.Equal(candidateId, second.GetProperty("result").GetProperty("candidate_id").GetGuid());
        Assert.Equal(2, (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates/{candidateId}/resumes")).GetArrayLength());

        var posting = await _api.PostAsJsonAsync("/api/v1/job-postings", new { title = "Senior Backend Engineer", company = "Acme Pay", description = Description });
        var postingId = (await posting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = await _api.PostAsJsonAsync("/api/v1/tailor", new { candidate_id = candidateId, job_posting_id = postingId });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var tailorId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tailor_id").GetGuid();
        var tailored = await ApiFlows.WaitUntilFinishedAsync(_api, $"/api/v1/tailor/{tailorId}", seconds: 60);
        Assert.Equal("completed", tailored.GetProperty("status").GetString());
        var export = await _api.GetAsync($"/api/v1/tailor/{tailorId}/export?format=md");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(Name, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The candidate is in the data before: the search below would find it.
        Assert.NotEmpty(await TablesContainingAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(_tenant.ViewerApiKey).DeleteAsync($"/api/v1/candidates/{candidateId}")).StatusCode);

        var erase = await _api.DeleteAsync($"/api/v1/candidates/{candidateId}");
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var summary = await erase.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, summary.GetProperty("resumes").GetInt32());
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("tailorings").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/candidates/{candidateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.DeleteAsync($"/api/v1/candidates/{candidateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/tailor/{tailorId}")).StatusCode);

        Assert.Empty(await TablesContainingAsync());
        foreach (var file in Directory.EnumerateFiles(_portal.DataFolder, "*", SearchOption.AllDirectories))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var needle in Needles)
            {
                Assert.True(IndexOf(bytes, needle) < 0, $"{Path.GetFileName(file)} still holds \"{needle}\"");
            }
        }

        if (IsSqlite)
        {
            var bytes = await DatabaseBytesAsync();
            Assert.All(Needles, needle => Assert.Equal(-1, IndexOf(bytes, needle)));
        }

        // The audit log keeps the erasure (by id) and its earlier entries, which name ids only.
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(EntityId: candidateId.ToString()));
        Assert.Contains(audit.Entries, e => e.Action == AuditActions.CandidateErased);
    }

    [Fact]
    public async Task The_export_is_a_zip_of_the_candidate_json_and_the_uploaded_files()
    {
        var upload = await ApiFlows.UploadResumeAsync(_api, ResumeBytes(""), "zephyrine-quillborough.txt");
        var candidateId = upload.GetProperty("result").GetProperty("candidate_id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await Client(_tenant.ViewerApiKey).GetAsync($"/api/v1/candidates/{candidateId}/export")).StatusCode);
        var response = await _api.GetAsync($"/api/v1/candidates/{candidateId}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var json = zip.GetEntry(CandidateDataExport.JsonEntry);
        Assert.NotNull(json);
        using var document = await JsonDocument.ParseAsync(json.Open());
        var root = document.RootElement;
        Assert.Equal(Name, root.GetProperty("candidate").GetProperty("full_name").GetString());
        Assert.Equal(Email, root.GetProperty("candidate").GetProperty("email").GetString());
        Assert.Contains("C#", root.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("skill_name").GetString()));
        Assert.NotEmpty(root.GetProperty("experience").EnumerateArray());
        foreach (var section in new[] { "education", "projects", "match_analyses", "tailored_resumes" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        }

        var resume = Assert.Single(root.GetProperty("resumes").EnumerateArray());
        var file = zip.GetEntry(resume.GetProperty("file").GetString()!);
        Assert.NotNull(file);
        using var reader = new StreamReader(file.Open());
        Assert.Equal(Encoding.UTF8.GetString(ResumeBytes("")), await reader.ReadToEndAsync());

        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(_tenant.Id);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: AuditActions.CandidateExported));
        Assert.Equal(candidateId.ToString(), Assert.Single(audit.Entries).EntityId);
    }

    private static string[] Needles => [Name, Email, Email.ToLowerInvariant(), "Quillborough"];

    private static string[] ContactNeedles => [Email, Email.ToLowerInvariant(), Phone, "512-555-0187", "5125550187", "555-0187"];

    private static byte[] ResumeBytes(string extra)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes", "01_software_txt_caps.txt"))
            .Replace("Daniel Okafor", Name, StringComparison.Ordinal)
            .Replace("daniel.okafor@gmail.com", Email, StringComparison.Ordinal)
            .Replace("(512) 555-0142", Phone, StringComparison.Ordinal)
            .Replace("danielokafor", "zq-profile", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text + extra);
    }

    private async Task<int> CountAsync(string query) =>
        (await _api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?query={Uri.EscapeDataString(query)}")).GetProperty("total").GetInt32();

    private Task<List<string>> TablesContainingAsync() => TablesContainingAsync(Needles);

    /// <summary>Every table of the model, every column read as text: the columns in which a row holds one of <paramref name="needles"/>.</summary>
    private async Task<List<string>> TablesContainingAsync(string[] needles)
    {
        await using var db = _database.CreateContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = TextOf(reader, i);
                    if (text is not null && needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)) && !found.Contains($"{table}.{reader.GetName(i)}"))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }

    private static string? TextOf(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetValue(i) switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };

    private async Task<string?[]> RawRowAsync(string sql)
    {
        await using var db = _database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).Select(i => TextOf(reader, i)).ToArray();
    }

    /// <summary>The SQLite database file after the write-ahead log is folded into it, byte for byte.</summary>
    private async Task<byte[]> DatabaseBytesAsync()
    {
        await using (var db = _database.CreateContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            while (true)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                if (reader.GetInt32(0) == 0)
                {
                    break;
                }

                await Task.Delay(100);
            }
        }

        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;
        var bytes = new List<byte>(await ReadSharedAsync(path));
        if (File.Exists(path + "-wal"))
        {
            bytes.AddRange(await ReadSharedAsync(path + "-wal"));
        }

        return [.. bytes];
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static int IndexOf(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle));

    private HttpClient Client(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}

public sealed class SqliteCandidatePrivacyTests() : CandidatePrivacyTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresCandidatePrivacyTests() : CandidatePrivacyTests(DatabaseOptions.Postgres);
