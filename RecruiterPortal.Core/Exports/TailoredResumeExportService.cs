using RecruiterPortal.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// Exports a completed tailoring of the current tenant in a chosen format. Reads go through the
/// tenant filter, so another tenant's tailoring is simply not found.
/// </summary>
public sealed class TailoredResumeExportService(PortalDbContext db, IEnumerable<IDocumentExporter> exporters, AuditLog audit, ITenantContext tenant, ILogger<TailoredResumeExportService> logger)
{
    public const string InvalidFormatCode = "invalid_format";
    public const string NotFoundCode = "not_found";
    public const string NotCompletedCode = "not_completed";
    public const string UnavailableCode = "unavailable";

    public async Task<Result<ExportedFile>> ExportAsync(Guid tailorId, string? format, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Recruiter);
        var name = ExportFormats.Normalize(format);
        var exporter = name is null ? null : exporters.FirstOrDefault(e => e.Format == name);
        if (exporter is null)
        {
            return Result<ExportedFile>.Fail($"Unknown export format '{format}'. Choose one of: {string.Join(", ", ExportFormats.All)}.", InvalidFormatCode);
        }

        var row = await db.Set<TailoredResume>().AsNoTracking()
            .Where(t => t.Id == tailorId)
            .Select(t => new
            {
                t.Status,
                t.FinalMarkdown,
                t.TailoredMarkdown,
                t.JobTitle,
                t.DocumentType,
                CandidateName = db.Set<Candidate>().Where(c => c.Id == t.CandidateId).Select(c => c.FullName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Result<ExportedFile>.Fail("This tailored resume does not exist.", NotFoundCode);
        }

        var markdown = ExportContent.MarkdownOf(new TailoredResume { Status = row.Status, FinalMarkdown = row.FinalMarkdown, TailoredMarkdown = row.TailoredMarkdown });
        if (markdown is null)
        {
            return Result<ExportedFile>.Fail($"This tailoring is {row.Status}; only a completed tailoring can be exported.", NotCompletedCode);
        }

        var title = ExportContent.TitleOf(row.CandidateName, row.JobTitle, markdown);
        var document = new ExportDocument(row.DocumentType == TailoredDocumentTypes.CoverLetter ? $"Cover letter - {title}" : title, markdown);
        try
        {
            var bytes = await exporter.ExportAsync(document, cancellationToken);
            await audit.RecordAsync(AuditActions.TailoringExported, AuditEntities.TailoredResume, tailorId, $"As {exporter.Format}", cancellationToken);
            return Result<ExportedFile>.Ok(new ExportedFile(bytes, exporter.ContentType, ExportFileName.For(document.Title, exporter.Extension)));
        }
        catch (ExportUnavailableException ex)
        {
            logger.LogWarning(ex, "Export of tailoring {TailorId} as {Format} failed: {Reason}", tailorId, exporter.Format, ex.Message);
            return Result<ExportedFile>.Fail(ex.Message, UnavailableCode);
        }
    }
}
