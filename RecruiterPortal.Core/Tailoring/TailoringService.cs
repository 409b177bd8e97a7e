using RecruiterPortal.Core.Audit;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// Starts tailorings of the current tenant's candidates to its job postings and reads them back.
/// The work itself runs on the pipeline (<see cref="TailorResumeHandler"/>), so a request returns
/// at once with a row the caller can poll.
/// </summary>
public sealed class TailoringService(PortalDbContext db, ITenantContext tenant, IPipelineQueue queue, IAiChatClientFactory ai, AuditLog audit, TimeProvider clock)
{
    public const string NotFoundCode = "not_found";
    public const string InvalidCode = "invalid";
    public const string NoResumeCode = "no_resume";

    public async Task<Result<TailoredResumeView>> StartAsync(Guid candidateId, Guid jobPostingId, TailorOptions options, CancellationToken cancellationToken = default) =>
        await StartAsync(candidateId, jobPostingId, options, TailoredDocumentTypes.Resume, cancellationToken);

    /// <summary>
    /// Starts writing a document for a candidate and a job: a tailored resume, or a cover letter in the
    /// candidate's writing style (their active cover-letter sample, or the one the options name).
    /// </summary>
    public async Task<Result<TailoredResumeView>> StartAsync(Guid candidateId, Guid jobPostingId, TailorOptions options, string documentType, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            return Result<TailoredResumeView>.Fail(string.Join("; ", errors), InvalidCode);
        }

        if (ai.Check(options.AiProvider) is { } unusable)
        {
            return Result<TailoredResumeView>.Fail(unusable, InvalidCode);
        }

        if (tenant.TenantId is not { } tenantId)
        {
            return Result<TailoredResumeView>.Fail("This candidate does not exist.", NotFoundCode);
        }

        // The tenant filter makes another tenant's ids look exactly like unknown ones.
        var candidate = await db.Set<Candidate>().AsNoTracking()
            .Where(c => c.Id == candidateId)
            .Select(c => new { c.Id, c.CurrentResumeId })
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return Result<TailoredResumeView>.Fail("This candidate does not exist.", NotFoundCode);
        }

        var posting = await db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == jobPostingId, cancellationToken);
        if (posting is null)
        {
            return Result<TailoredResumeView>.Fail("This job posting does not exist.", NotFoundCode);
        }

        var hasParsedResume = candidate.CurrentResumeId is { } resumeId
            && await db.Set<Resume>().AnyAsync(r => r.Id == resumeId && r.ParsedJson != null, cancellationToken);
        if (!hasParsedResume)
        {
            return Result<TailoredResumeView>.Fail("This candidate has no parsed resume to tailor", NoResumeCode);
        }

        if (!TailoredDocumentTypes.All.Contains(documentType))
        {
            return Result<TailoredResumeView>.Fail($"document_type must be one of: {string.Join(", ", TailoredDocumentTypes.All)}", InvalidCode);
        }

        var row = NewRow(tenantId, candidate.Id, candidate.CurrentResumeId, posting, options, ai, tenant.UserId, clock.GetUtcNow().UtcDateTime);
        row.DocumentType = documentType;
        if (documentType == TailoredDocumentTypes.CoverLetter)
        {
            var sample = await CoverLetters.WritingSampleService.FindAsync(db, candidate.Id, options.WritingSampleId, cancellationToken);
            if (options.WritingSampleId is not null && sample is null)
            {
                return Result<TailoredResumeView>.Fail("This writing sample does not exist for this candidate.", InvalidCode);
            }

            row.WritingSampleId = sample?.Id;
            row.StyleJson = sample?.ExtractedStyleJson ?? TailoringJson.Serialize(CoverLetters.WritingStyle.Neutral);
        }

        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        await queue.EnqueueAsync(JobRequest(row), cancellationToken);
        await audit.RecordAsync(
            documentType == TailoredDocumentTypes.CoverLetter ? AuditActions.CoverLetterStarted : AuditActions.TailoringStarted,
            AuditEntities.TailoredResume, row.Id, $"Candidate {candidate.Id}, job {posting.Id}, {row.AiProvider} engine", cancellationToken);
        return Result<TailoredResumeView>.Ok(TailoredResumeView.From(row));
    }

    /// <summary>A new pending tailoring of a candidate's resume to a posting, as single and bulk tailoring store it.</summary>
    public static TailoredResume NewRow(Guid tenantId, Guid candidateId, Guid? resumeId, JobPosting posting, TailorOptions options, IAiChatClientFactory ai, Guid? userId, DateTime now, Guid? sessionId = null)
    {
        var profile = JobPostingService.EffectiveProfile(posting);
        var provider = ai.Resolve(options.AiProvider);
        return new TailoredResume
        {
            TenantId = tenantId,
            CandidateId = candidateId,
            JobPostingId = posting.Id,
            ResumeId = resumeId,
            CreatedByUserId = userId,
            SessionId = sessionId,
            JobTitle = posting.Title,
            JobCompany = posting.Company,
            JobKeywords = profile.RequiredSkills.Concat(profile.PreferredSkills).Distinct(StringComparer.Ordinal).ToList(),
            OptionsJson = TailoringJson.Serialize(options),
            AiProvider = provider != AiProviders.BuiltIn ? provider : TailoredResumeStatuses.BuiltInProvider,
            AiModel = provider != AiProviders.BuiltIn ? options.AiModel ?? ai.DefaultModel : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The <c>tailor_resume</c> job that runs a row; a bulk session's id groups its jobs.</summary>
    public static PipelineJobRequest JobRequest(TailoredResume row) =>
        new(row.TenantId, TailorResumeHandler.JobKind, new TailorResumePayload(row.Id), CorrelationId: row.SessionId ?? row.Id, SubjectId: row.Id, CreatedByUserId: row.CreatedByUserId);

    public async Task<TailoredResumeView?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<TailoredResume>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } row
            ? TailoredResumeView.From(row)
            : null;
}
