using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// The writing samples of the current tenant's candidates: adds one (pasted, or read from an
/// uploaded TXT/DOCX/PDF), reads its style, and keeps only the newest one per candidate and
/// document type active; the earlier ones are archived, not deleted (seed 003's rule).
/// </summary>
public sealed class WritingSampleService(
    PortalDbContext db, ITenantContext tenant, IDocumentTextExtractor documents, WritingStyleExtractor extractor,
    IAiChatClientFactory ai, AuditLog audit, TimeProvider clock, ILogger<WritingSampleService> logger)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";
    public const int MinWords = 20;
    public const int MaxChars = 50_000;

    public async Task<Result<WritingSampleView>> AddAsync(Guid candidateId, string? text, string? documentType = null, string? fileName = null, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var type = string.IsNullOrWhiteSpace(documentType) ? WritingSampleTypes.CoverLetter : documentType.Trim().ToLowerInvariant();
        if (tenant.TenantId is not { } tenantId || !await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return Result<WritingSampleView>.Fail("This candidate does not exist.", NotFoundCode);
        }

        if (!WritingSampleTypes.All.Contains(type))
        {
            return Result<WritingSampleView>.Fail($"document_type must be one of: {string.Join(", ", WritingSampleTypes.All)}", InvalidCode);
        }

        var body = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var words = WritingStyleExtractor.Words(body).Count;
        if (words < MinWords)
        {
            return Result<WritingSampleView>.Fail($"The sample needs at least {MinWords} words of the candidate's own writing; it has {words}.", InvalidCode);
        }

        if (body.Length > MaxChars)
        {
            return Result<WritingSampleView>.Fail($"The sample may be at most {MaxChars:N0} characters.", InvalidCode);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var style = extractor.Extract(body);
        var sample = new WritingSample
        {
            TenantId = tenantId,
            CandidateId = candidateId,
            DocumentType = type,
            OriginalFilename = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Trim()),
            OriginalText = body,
            WordCount = words,
            CharacterCount = body.Length,
            LineCount = body.Split('\n').Length,
            ExtractionModel = WritingStyleExtractor.Method,
            ExtractionConfidence = WritingStyleExtractor.Confidence(style.Counts.Words),
            ExtractedAt = now,
            CreatedByUserId = tenant.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };

        if (ai.DefaultProvider != AiProviders.BuiltIn && ai.Check(null) is null)
        {
            try
            {
                using var client = ai.Create();
                style = await LlmStyleReader.RefineAsync(client, body, style, cancellationToken);
                sample.ExtractionModel = ai.DefaultModel;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The AI reading of writing sample {SampleId} failed; the text statistics stand", sample.Id);
                sample.ExtractionNote = $"The AI reading failed ({ex.Message}); the style comes from text statistics alone.";
            }
        }

        sample.ExtractedStyleJson = TailoringJson.Serialize(style);

        // The newest sample is the active one: every earlier sample of this candidate and type is
        // archived first, then the new one is added, in one transaction. The database holds the rule
        // too (a unique index over active rows), so a sample added at the same moment by someone else
        // makes this save fail; it is then tried again and archives that one in turn.
        var archived = 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                archived = await ArchiveAndAddAsync(sample, now, cancellationToken);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3)
            {
                logger.LogInformation(ex, "Another active writing sample of candidate {CandidateId} appeared while adding one; trying again", candidateId);
                db.ChangeTracker.Clear();
            }
        }

        await audit.RecordAsync(AuditActions.WritingSampleAdded, AuditEntities.WritingSample, sample.Id,
            $"Candidate {candidateId}, {type}, {words} words{(sample.OriginalFilename is null ? ", pasted" : ", uploaded")}; {archived} archived", cancellationToken);
        return Result<WritingSampleView>.Ok(WritingSampleView.From(sample));
    }

    private async Task<int> ArchiveAndAddAsync(WritingSample sample, DateTime now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var earlier = await db.Set<WritingSample>()
                .Where(s => s.CandidateId == sample.CandidateId && s.DocumentType == sample.DocumentType && s.IsActive && s.Id != sample.Id)
                .ToListAsync(cancellationToken);
            foreach (var old in earlier)
            {
                old.IsActive = false;
                old.ArchivedAt = now;
                old.UpdatedAt = now;
            }

            // Saved before the new row goes in: the unique index must never see two active rows.
            await db.SaveChangesAsync(cancellationToken);
            db.Add(sample);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return earlier.Count;
        });
    }

    /// <summary>Reads the text of an uploaded sample (TXT, DOCX or PDF) and adds it.</summary>
    public async Task<Result<WritingSampleView>> UploadAsync(Guid candidateId, byte[] content, string fileName, string? documentType = null, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        if (!await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return Result<WritingSampleView>.Fail("This candidate does not exist.", NotFoundCode);
        }

        var extracted = await documents.ExtractAsync(content, fileName, cancellationToken);
        return extracted.IsSuccess
            ? await AddAsync(candidateId, extracted.Value!.Text, documentType, fileName, cancellationToken)
            : Result<WritingSampleView>.Fail($"The file could not be read: {extracted.Error}", InvalidCode);
    }

    /// <summary>The candidate's samples, active first then newest first; null when the candidate does not exist.</summary>
    public async Task<IReadOnlyList<WritingSampleView>?> ListAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<Candidate>().AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return null;
        }

        var rows = await db.Set<WritingSample>().AsNoTracking().Where(s => s.CandidateId == candidateId).ToListAsync(cancellationToken);
        return rows.OrderByDescending(s => s.IsActive).ThenByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(WritingSampleView.From).ToList();
    }

    /// <summary>The active sample of a type, or a named one when <paramref name="sampleId"/> is given.</summary>
    public static async Task<WritingSample?> FindAsync(PortalDbContext db, Guid candidateId, Guid? sampleId, CancellationToken cancellationToken) =>
        sampleId is { } id
            ? await db.Set<WritingSample>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.CandidateId == candidateId, cancellationToken)
            : await db.Set<WritingSample>().AsNoTracking()
                .Where(s => s.CandidateId == candidateId && s.DocumentType == WritingSampleTypes.CoverLetter && s.IsActive)
                .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A writing sample as the API and pages show it.</summary>
public sealed record WritingSampleView(
    Guid Id,
    Guid CandidateId,
    string DocumentType,
    string? OriginalFilename,
    string OriginalText,
    int WordCount,
    int CharacterCount,
    int LineCount,
    bool IsActive,
    DateTime? ArchivedAt,
    WritingStyle ExtractedStyle,
    string ExtractionStatus,
    string? ExtractionModel,
    double? ExtractionConfidence,
    DateTime? ExtractionTimestamp,
    string? ExtractionNote,
    DateTime CreatedAt)
{
    public static WritingSampleView From(WritingSample s) => new(
        s.Id, s.CandidateId, s.DocumentType, s.OriginalFilename, s.OriginalText, s.WordCount, s.CharacterCount, s.LineCount, s.IsActive, s.ArchivedAt,
        TailoringJson.Deserialize<WritingStyle>(s.ExtractedStyleJson) ?? WritingStyle.Neutral,
        s.ExtractionStatus, s.ExtractionModel, s.ExtractionConfidence, s.ExtractedAt, s.ExtractionNote, s.CreatedAt);
}
