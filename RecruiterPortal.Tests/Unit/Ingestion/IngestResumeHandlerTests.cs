using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Tests.Unit.Parsing;

namespace RecruiterPortal.Tests.Unit.Ingestion;

public sealed class IngestResumeHandlerTests : IAsyncLifetime
{
    private const string Resume = """
        Jordan Avery
        San Francisco, CA
        (415) 555-0123
        jordan.avery@example.com

        Experience
        Northwind Traders, San Francisco, CA
        Senior Software Engineer    2020 – Present
        • Built order services in C# and PostgreSQL

        Education
        Stanford University — Stanford, CA
        Bachelor of Science in Computer Science | 2012 – 2016

        Skills
        C#, PostgreSQL, Docker
        """;

    private IngestionHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestionHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("Resumes/02_nurse_docx.docx")]
    [InlineData("Resumes/10_customer_service_pdf_text.pdf")]
    [InlineData("Resumes/12_accountant_txt_plain.txt")]
    public async Task A_fixture_resume_becomes_a_candidate_with_its_rows(string fixture)
    {
        var truth = JsonSerializer.Deserialize<ResumeTruth>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", Path.ChangeExtension(fixture, ".truth.json"))))!;

        var context = await _harness.IngestAsync(Path.GetFileName(fixture), IngestionHarness.Fixture(fixture));

        var candidate = Assert.Single(await _harness.CandidatesAsync());
        Assert.Equal(truth.FullName, candidate.FullName);
        Assert.Equal(truth.Email, candidate.Email);
        Assert.NotNull(candidate.EmailHash);
        Assert.NotNull(candidate.PhoneHash);
        Assert.Equal(truth.Experience.Count, candidate.Experience.Count);
        Assert.Equal(truth.Experience[0].Company, candidate.Experience.OrderBy(e => e.SortOrder).First().Company);
        Assert.NotEmpty(candidate.Skills);
        Assert.NotEmpty(candidate.Education);

        var result = JsonDocument.Parse(context.ResultJson!).RootElement;
        var resume = await _harness.ResumeAsync(result.GetProperty("resume_id").GetGuid());
        Assert.Equal(candidate.Id, result.GetProperty("candidate_id").GetGuid());
        Assert.False(result.GetProperty("duplicate").GetBoolean());
        Assert.False(result.GetProperty("new_version").GetBoolean());
        Assert.Equal(ResumeStatuses.Completed, resume.Status);
        Assert.Equal(1, resume.VersionNumber);
        Assert.Equal(candidate.Id, resume.CandidateId);
        Assert.Equal(resume.Id, candidate.CurrentResumeId);
        Assert.False(string.IsNullOrWhiteSpace(resume.RawText));
        Assert.Contains("\"full_name\"", resume.ParsedJson, StringComparison.Ordinal);
        Assert.Equal(["extract", "parse", "validate", "save", "complete"], context.Progress.Select(p => p.Step));
    }

    [Fact]
    public async Task The_same_email_in_a_different_file_is_a_new_version_of_the_same_candidate()
    {
        await _harness.IngestAsync("jordan.txt", Encoding.UTF8.GetBytes(Resume));
        var second = Resume.Replace("jordan.avery@example.com", "Jordan.Avery@Example.com", StringComparison.Ordinal)
            .Replace("(415) 555-0123", "(212) 555-0199", StringComparison.Ordinal)
            .Replace("C#, PostgreSQL, Docker", "C#, PostgreSQL, Docker, Kubernetes", StringComparison.Ordinal);

        var context = await _harness.IngestAsync("jordan-2025.txt", Encoding.UTF8.GetBytes(second));

        var candidate = Assert.Single(await _harness.CandidatesAsync());
        var result = JsonDocument.Parse(context.ResultJson!).RootElement;
        Assert.True(result.GetProperty("new_version").GetBoolean());
        var resume = await _harness.ResumeAsync(result.GetProperty("resume_id").GetGuid());
        Assert.Equal(2, resume.VersionNumber);
        Assert.Equal(resume.Id, candidate.CurrentResumeId);
        Assert.Equal("+12125550199", CandidateKeys.NormalizePhone(candidate.Phone));
        Assert.Contains(candidate.Skills, s => s.SkillName == "Kubernetes");
        await using var scope = _harness.Scope();
        var versions = await scope.ServiceProvider.GetRequiredService<CandidateService>().GetResumesAsync(candidate.Id);
        Assert.Equal([2, 1], versions!.Select(v => v.VersionNumber));
    }

    [Fact]
    public async Task The_same_phone_in_another_format_is_the_same_candidate()
    {
        await _harness.IngestAsync("jordan.txt", Encoding.UTF8.GetBytes(Resume));
        var second = Resume.Replace("jordan.avery@example.com", "j.avery@another.example", StringComparison.Ordinal)
            .Replace("(415) 555-0123", "+1 415.555.0123", StringComparison.Ordinal);

        await _harness.IngestAsync("jordan-new-email.txt", Encoding.UTF8.GetBytes(second));

        var candidate = Assert.Single(await _harness.CandidatesAsync());
        Assert.Equal("j.avery@another.example", candidate.Email);
        Assert.Equal("+14155550123", CandidateKeys.NormalizePhone(candidate.Phone));
    }

    [Fact]
    public async Task Different_people_become_different_candidates()
    {
        await _harness.IngestAsync("jordan.txt", Encoding.UTF8.GetBytes(Resume));
        await _harness.IngestAsync("accountant.txt", IngestionHarness.Fixture("Resumes/12_accountant_txt_plain.txt"));

        Assert.Equal(2, (await _harness.CandidatesAsync()).Count);
    }

    [Theory]
    [InlineData("Extraction/scanned.pdf", ExtractionErrorCodes.ScannedPdf)]
    [InlineData("Extraction/encrypted.pdf", ExtractionErrorCodes.Encrypted)]
    [InlineData(null, ExtractionErrorCodes.Corrupt)]
    public async Task An_unreadable_file_fails_with_the_extractors_reason_and_no_candidate(string? fixture, string code)
    {
        var content = fixture is null
            ? Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without an xref table\n")
            : IngestionHarness.Fixture(fixture);
        var item = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("resume.pdf", content))).Items.Single();

        var failure = await Assert.ThrowsAsync<PipelineFailure>(() => _harness.RunAsync(item.JobId!.Value));

        Assert.Equal(code, failure.Code);
        var resume = await _harness.ResumeAsync(item.ResumeId!.Value);
        Assert.Equal(ResumeStatuses.Failed, resume.Status);
        Assert.Equal(code, resume.ErrorCode);
        Assert.Equal(failure.Message, resume.Error);
        Assert.Null(resume.CandidateId);
        Assert.Empty(await _harness.CandidatesAsync());
    }

    [Fact]
    public async Task Text_without_a_name_email_or_experience_is_refused_rather_than_invented()
    {
        var item = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("notes.txt", Encoding.UTF8.GetBytes("the quick brown fox jumps over the lazy dog\n")))).Items.Single();

        var failure = await Assert.ThrowsAsync<PipelineFailure>(() => _harness.RunAsync(item.JobId!.Value));

        Assert.Equal(IngestResumeHandler.NoContentCode, failure.Code);
        Assert.StartsWith("No resume content found", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await _harness.CandidatesAsync());
    }

    [Fact]
    public async Task A_rerun_after_a_crash_past_the_parse_checkpoint_neither_parses_again_nor_duplicates_the_candidate()
    {
        var item = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("jordan.txt", Encoding.UTF8.GetBytes(Resume)))).Items.Single();
        var checkpoints = new Dictionary<string, string>();

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _harness.RunAsync(item.JobId!.Value, checkpoints, crashAfter: IngestResumeHandler.ParseStep));
        Assert.Equal(1, _harness.Parser.Calls);
        Assert.Equal(ResumeStatuses.Parsing, (await _harness.ResumeAsync(item.ResumeId!.Value)).Status);

        var rerun = await _harness.RunAsync(item.JobId!.Value, checkpoints);
        var again = await _harness.RunAsync(item.JobId!.Value, checkpoints);

        Assert.Equal(1, _harness.Parser.Calls);
        var candidate = Assert.Single(await _harness.CandidatesAsync());
        Assert.Equal(rerun.ResultJson, again.ResultJson);
        Assert.Equal(candidate.Id, JsonDocument.Parse(rerun.ResultJson!).RootElement.GetProperty("candidate_id").GetGuid());
        Assert.Equal(1, (await _harness.ResumeAsync(item.ResumeId!.Value)).VersionNumber);
    }

    [Fact]
    public async Task Two_uploads_of_the_same_bytes_that_race_past_the_upload_check_file_the_second_as_a_duplicate()
    {
        var content = Encoding.UTF8.GetBytes(Resume);
        var first = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("a.txt", content))).Items.Single();
        await using (var db = _harness.Db())
        {
            // As if the second upload had been checked before the first was stored.
            var original = await db.Set<Resume>().SingleAsync();
            db.Add(new Resume { TenantId = original.TenantId, FileName = "b.txt", ContentType = original.ContentType, Sha256 = original.Sha256, SizeBytes = original.SizeBytes });
            await db.SaveChangesAsync();
        }

        await _harness.RunAsync(first.JobId!.Value);
        await using var check = _harness.Db();
        var second = await check.Set<Resume>().SingleAsync(r => r.FileName == "b.txt");
        var jobId = await _harness.Queue.EnqueueAsync(new PipelineJobRequest(_harness.TenantId, IngestResumeHandler.JobKind, new IngestResumePayload(second.Id)));
        var context = await _harness.RunAsync(jobId);

        var result = JsonDocument.Parse(context.ResultJson!).RootElement;
        Assert.True(result.GetProperty("duplicate").GetBoolean());
        Assert.Equal(ResumeStatuses.Duplicate, (await _harness.ResumeAsync(second.Id)).Status);
        Assert.Single(await _harness.CandidatesAsync());
    }
}
