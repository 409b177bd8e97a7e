using System.Text;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Ingestion;

namespace RecruiterPortal.Tests.Unit.Ingestion;

public sealed class ResumeUploadServiceTests : IAsyncLifetime
{
    private IngestionHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestionHarness.CreateAsync(configureUploads: o => o.MaxFilesPerBatch = 5);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Refused_files_are_reported_with_a_reason_while_the_rest_of_the_batch_is_queued()
    {
        var limit = new UploadOptions().MaxFileBytes;
        var result = await _harness.UploadAsync(
            Text("good.txt", "Alex Doe\nalex@example.com"),
            ResumeUploadFile.FromBytes("empty.pdf", []),
            ResumeUploadFile.FromBytes("huge.pdf", new byte[limit + 1]),
            ResumeUploadFile.FromBytes("setup.exe", [0x4D, 0x5A, 0x90, 0x00]),
            Text("other.md", "# Sam Roe\nsam@example.com"));

        Assert.Equal(
            [UploadItemStatuses.Queued, UploadItemStatuses.Failed, UploadItemStatuses.Failed, UploadItemStatuses.Failed, UploadItemStatuses.Queued],
            result.Items.Select(i => i.Status));
        Assert.Equal("empty.pdf is empty.", result.Items[1].Error);
        Assert.Equal("huge.pdf is 10.1 MB; the limit is 10 MB.", result.Items[2].Error);
        Assert.Equal(ExtractionErrorCodes.TooLarge, result.Items[2].ErrorCode);
        Assert.Contains("not a PDF, Word (.docx), text (.txt) or Markdown (.md) file", result.Items[3].Error, StringComparison.Ordinal);
        Assert.All(result.Items.Where(i => i.Status == UploadItemStatuses.Failed), i => Assert.Null(i.JobId));

        Assert.Equal(2, _harness.Queue.Jobs.Count);
        var job = _harness.Queue.Jobs[result.Items[0].JobId!.Value];
        Assert.Equal(IngestResumeHandler.JobKind, job.Kind);
        Assert.Equal(result.BatchId, job.CorrelationId);
        Assert.Equal(result.Items[0].ResumeId, job.SubjectId);
        Assert.Equal(result.Items[0].ResumeId, ((IngestResumePayload)job.Payload).ResumeId);

        var resume = await _harness.ResumeAsync(result.Items[0].ResumeId!.Value);
        Assert.Equal(ResumeStatuses.Queued, resume.Status);
        Assert.Equal(result.Items[0].JobId, resume.JobId);
        Assert.Equal("text/plain", resume.ContentType);
    }

    [Fact]
    public void A_size_message_reads_in_megabytes()
    {
        var refusal = UploadRefusals.CheckDeclared("cv.pdf", (long)(12.3 * 1024 * 1024), 10L * 1024 * 1024);

        Assert.Equal("cv.pdf is 12.3 MB; the limit is 10 MB.", refusal!.Message);
    }

    [Fact]
    public async Task A_file_that_lies_about_its_size_is_measured_by_what_arrives()
    {
        var content = new byte[new UploadOptions().MaxFileBytes + 10];
        var result = await _harness.UploadAsync(new ResumeUploadFile("liar.pdf", 100, () => new MemoryStream(content)));

        Assert.Equal(ExtractionErrorCodes.TooLarge, result.Items.Single().ErrorCode);
    }

    [Fact]
    public async Task Files_past_the_batch_limit_are_refused_and_the_first_ones_go_on()
    {
        var files = Enumerable.Range(1, 7).Select(i => Text($"cv{i}.txt", $"Person {i}\np{i}@example.com")).ToArray();

        var result = await _harness.UploadAsync(files);

        Assert.Equal(5, result.Items.Count(i => i.Status == UploadItemStatuses.Queued));
        Assert.All(result.Items.Skip(5), i =>
        {
            Assert.Equal(UploadItemStatuses.Failed, i.Status);
            Assert.Equal(UploadRefusals.TooManyFilesCode, i.ErrorCode);
            Assert.Contains("at most 5 files", i.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_same_bytes_within_a_batch_and_across_batches_are_flagged_as_duplicates_and_not_queued_again()
    {
        var first = await _harness.UploadAsync(Text("cv.txt", "Alex Doe\nalex@example.com"), Text("cv copy.txt", "Alex Doe\nalex@example.com"));
        var second = await _harness.UploadAsync(Text("again.txt", "Alex Doe\nalex@example.com"), Text("new.txt", "Sam Roe\nsam@example.com"));

        var original = first.Items[0];
        Assert.Equal(UploadItemStatuses.Queued, original.Status);
        Assert.Equal(UploadItemStatuses.Duplicate, first.Items[1].Status);
        Assert.Equal(original.ResumeId, first.Items[1].DuplicateOfResumeId);
        Assert.Equal("cv copy.txt is the same file as cv.txt earlier in this upload.", first.Items[1].Error);
        Assert.Equal(UploadItemStatuses.Duplicate, second.Items[0].Status);
        Assert.Equal(original.ResumeId, second.Items[0].DuplicateOfResumeId);
        Assert.StartsWith("again.txt was already uploaded as cv.txt on ", second.Items[0].Error, StringComparison.Ordinal);
        Assert.Equal(UploadItemStatuses.Queued, second.Items[1].Status);
        Assert.Equal(2, _harness.Queue.Jobs.Count);

        await using var db = _harness.Db();
        Assert.Equal(ResumeStatuses.Duplicate, (await db.Set<Resume>().SingleAsync(r => r.Id == second.Items[0].ResumeId)).Status);
        Assert.Equal(2, await db.Set<Core.Storage.StoredFile>().CountAsync());
    }

    [Fact]
    public async Task After_the_original_is_processed_a_duplicate_names_its_candidate()
    {
        var content = IngestionHarness.Fixture("Resumes/12_accountant_txt_plain.txt");
        await _harness.IngestAsync("oneill.txt", content);

        var again = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("oneill (1).txt", content))).Items.Single();

        Assert.Equal(UploadItemStatuses.Duplicate, again.Status);
        Assert.NotNull(again.CandidateId);
        Assert.Contains("(candidate James O'Neill)", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_failed_before_may_be_uploaded_again()
    {
        var content = Encoding.UTF8.GetBytes("nothing to see\n");
        var first = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("a.txt", content))).Items.Single();
        await Assert.ThrowsAsync<Core.Pipeline.PipelineFailure>(() => _harness.RunAsync(first.JobId!.Value));

        var again = (await _harness.UploadAsync(ResumeUploadFile.FromBytes("a.txt", content))).Items.Single();

        Assert.Equal(UploadItemStatuses.Queued, again.Status);
    }

    [Fact]
    public async Task File_names_are_sanitised()
    {
        var item = (await _harness.UploadAsync(Text("../../etc/\u0007evil\u0000name.txt", "Alex Doe\nalex@example.com"))).Items.Single();

        Assert.Equal("evilname.txt", item.FileName);
        Assert.Equal("evilname.txt", (await _harness.ResumeAsync(item.ResumeId!.Value)).FileName);
    }

    private static ResumeUploadFile Text(string name, string text) => ResumeUploadFile.FromBytes(name, Encoding.UTF8.GetBytes(text));
}
