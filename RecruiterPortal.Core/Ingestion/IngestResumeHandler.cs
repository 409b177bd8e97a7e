using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Storage;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Runs an <c>ingest_resume</c> job: extract the text, parse it, check there is a resume in it,
/// and file it under the right person. Each step checkpoints, so a re-run after a crash resumes
/// where the last one stopped, and the resume row says at every moment where the file is.
/// </summary>
public sealed class IngestResumeHandler(
    PortalDbContext db,
    IBlobStore blobs,
    IDocumentTextExtractor extractor,
    IResumeTextParser parser,
    CandidateProfileWriter writer,
    TimeProvider clock,
    ILogger<IngestResumeHandler> logger) : IPipelineHandler
{
    public const string JobKind = "ingest_resume";

    public const string ExtractStep = "extract";
    public const string ParseStep = "parse";
    public const string ValidateStep = "validate";
    public const string SaveStep = "save";
    public const string CompleteStep = "complete";

    public const string NoContentCode = "no_content";

    public string Kind => JobKind;

    public async Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken)
    {
        var payload = context.GetPayload<IngestResumePayload>();
        var resume = await db.Set<Resume>().SingleOrDefaultAsync(r => r.Id == payload.ResumeId, cancellationToken)
            ?? throw new PipelineFailure("This resume was deleted before it could be processed.", "not_found");

        var result = FinishedResult(resume)
            ?? await MarkDuplicateAsync(resume, cancellationToken)
            ?? await IngestAsync(context, resume, cancellationToken);
        await context.ReportProgressAsync(CompleteStep, 100, resume.FileName, cancellationToken);
        context.SetResult(result);
    }

    private async Task<IngestResumeResult> IngestAsync(PipelineJobContext context, Resume resume, CancellationToken cancellationToken)
    {
        var text = await ExtractAsync(context, resume, cancellationToken);
        var parsed = await ParseAsync(context, resume, text, cancellationToken);

        await context.ReportProgressAsync(ValidateStep, 70, resume.FileName, cancellationToken);
        if (string.IsNullOrWhiteSpace(parsed.FullName) && string.IsNullOrWhiteSpace(parsed.Email) && parsed.Experience.Count == 0)
        {
            // Never invent a profile: text without a name, email or position is not a resume we can file.
            throw await FailAsync(resume, "No resume content found: no name, email address or work experience could be read from this file.", NoContentCode, cancellationToken);
        }

        await context.ReportProgressAsync(SaveStep, 85, resume.FileName, cancellationToken);
        return await CandidateIdentityLock.RunAsync(db, resume.TenantId, () => SaveCandidateAsync(resume, parsed, text, cancellationToken), cancellationToken);
    }

    private async Task<string> ExtractAsync(PipelineJobContext context, Resume resume, CancellationToken cancellationToken)
    {
        if (resume.RawText is not null && await context.LoadCheckpointAsync<ExtractCheckpoint>(ExtractStep, cancellationToken) is not null)
        {
            return resume.RawText;
        }

        resume.Status = ResumeStatuses.Extracting;
        await db.SaveChangesAsync(cancellationToken);
        await context.ReportProgressAsync(ExtractStep, 10, resume.FileName, cancellationToken);

        var content = await blobs.ReadAsync(resume.TenantId, resume.Sha256, cancellationToken)
            ?? throw await FailAsync(resume, "The uploaded file is missing from storage. Upload it again.", "missing_file", cancellationToken);
        var extracted = await extractor.ExtractAsync(content, resume.FileName, cancellationToken);
        if (!extracted.IsSuccess)
        {
            throw await FailAsync(resume, extracted.Error!, extracted.Code ?? "failed", cancellationToken);
        }

        var document = extracted.Value!;

        // PostgreSQL text cannot hold NUL; it carries no meaning in a resume anyway.
        resume.RawText = document.Text.Replace("\0", string.Empty, StringComparison.Ordinal);
        resume.Format = document.Format;
        await db.SaveChangesAsync(cancellationToken);
        await context.SaveCheckpointAsync(ExtractStep, new ExtractCheckpoint(document.Format, document.PageCount, resume.RawText.Length), cancellationToken);
        return resume.RawText;
    }

    private async Task<ParsedResume> ParseAsync(PipelineJobContext context, Resume resume, string text, CancellationToken cancellationToken)
    {
        if (await context.LoadCheckpointAsync<ParsedResume>(ParseStep, cancellationToken) is { } saved)
        {
            return saved;
        }

        resume.Status = ResumeStatuses.Parsing;
        await db.SaveChangesAsync(cancellationToken);
        await context.ReportProgressAsync(ParseStep, 40, resume.FileName, cancellationToken);

        var parsed = parser.Parse(text);
        resume.ParsedJson = ParsedResumeJson.Serialize(parsed);
        await db.SaveChangesAsync(cancellationToken);
        await context.SaveCheckpointAsync(ParseStep, parsed, cancellationToken);
        return parsed;
    }

    private async Task<IngestResumeResult> SaveCandidateAsync(Resume resume, ParsedResume parsed, string text, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // A re-run after a crash finds the candidate this resume already made before matching anew.
        var candidate = await CandidateMatcher.WithProfile(db, resume.TenantId)
                .FirstOrDefaultAsync(c => c.Id == resume.CandidateId || c.CurrentResumeId == resume.Id, cancellationToken)
            ?? await CandidateMatcher.FindAsync(db, resume.TenantId, CandidateKeys.NormalizeEmail(parsed.Email), CandidateKeys.NormalizePhone(parsed.Phone), cancellationToken);
        var isNew = candidate is null;
        if (candidate is null)
        {
            candidate = new Candidate { TenantId = resume.TenantId, CreatedAt = now };
            db.Add(candidate);
        }

        if (resume.VersionNumber == 0)
        {
            var latest = isNew ? 0 : await db.Set<Resume>()
                .Where(r => r.CandidateId == candidate.Id && r.Id != resume.Id && r.Status == ResumeStatuses.Completed)
                .MaxAsync(r => (int?)r.VersionNumber, cancellationToken) ?? 0;
            resume.VersionNumber = latest + 1;
        }

        writer.Apply(db, candidate, parsed, text, now);
        candidate.CurrentResumeId = resume.Id;
        resume.CandidateId = candidate.Id;
        resume.Status = ResumeStatuses.Completed;
        resume.Error = null;
        resume.ErrorCode = null;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Resume {ResumeId} filed as version {Version} of candidate {CandidateId}", resume.Id, resume.VersionNumber, candidate.Id);
        return new IngestResumeResult(resume.Id, candidate.Id, Duplicate: false, NewVersion: resume.VersionNumber > 1);
    }

    /// <summary>The result of an earlier run that already finished, so a re-delivered job changes nothing.</summary>
    private static IngestResumeResult? FinishedResult(Resume resume) => resume.Status switch
    {
        ResumeStatuses.Completed when resume.CandidateId is not null =>
            new IngestResumeResult(resume.Id, resume.CandidateId, Duplicate: false, NewVersion: resume.VersionNumber > 1),
        ResumeStatuses.Duplicate => new IngestResumeResult(resume.Id, resume.CandidateId, Duplicate: true, NewVersion: false),
        _ => null,
    };

    /// <summary>
    /// The upload service reports re-uploads at once, but two uploads of the same bytes can race
    /// past it; the later job then files its resume as a duplicate instead of a second version.
    /// </summary>
    private async Task<IngestResumeResult?> MarkDuplicateAsync(Resume resume, CancellationToken cancellationToken)
    {
        var original = await db.Set<Resume>()
            .Where(r => r.Sha256 == resume.Sha256 && r.Id != resume.Id && r.Status == ResumeStatuses.Completed)
            .OrderBy(r => r.UploadedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            return null;
        }

        resume.Status = ResumeStatuses.Duplicate;
        resume.DuplicateOfResumeId = original.Id;
        resume.CandidateId = original.CandidateId;
        await db.SaveChangesAsync(cancellationToken);
        return new IngestResumeResult(resume.Id, original.CandidateId, Duplicate: true, NewVersion: false);
    }

    private async Task<PipelineFailure> FailAsync(Resume resume, string message, string code, CancellationToken cancellationToken)
    {
        resume.Status = ResumeStatuses.Failed;
        resume.Error = message;
        resume.ErrorCode = code;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Resume {ResumeId} failed: {Code}", resume.Id, code);
        return new PipelineFailure(message, code);
    }
}
