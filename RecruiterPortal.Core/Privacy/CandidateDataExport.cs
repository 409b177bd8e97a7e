using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Extraction;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Privacy;

/// <summary>A candidate's data as a ZIP archive.</summary>
public sealed record CandidateArchive(byte[] Content, string FileName)
{
    public const string ContentType = "application/zip";
}

/// <summary>
/// Everything the current tenant holds about one candidate, for a subject-access request: a ZIP with
/// <c>candidate.json</c> (profile, skills, experience, education, projects, resume versions, match
/// analyses, tailored resumes) and the original uploaded files under <c>resumes/</c>.
/// </summary>
public sealed class CandidateDataExport(PortalDbContext db, IBlobStore blobs, AuditLog audit, ITenantContext tenant, TimeProvider clock)
{
    public const string JsonEntry = "candidate.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The archive; null when the tenant has no such candidate.</summary>
    public async Task<CandidateArchive?> ExportAsync(Guid candidateId, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        var c = await db.Set<Candidate>().AsNoTracking()
            .Include(x => x.Experience).Include(x => x.Education).Include(x => x.Projects).Include(x => x.Skills)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == candidateId, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var resumes = await db.Set<Resume>().AsNoTracking().Where(r => r.CandidateId == candidateId).OrderBy(r => r.VersionNumber).ToListAsync(cancellationToken);
        var analyses = await db.Set<ResumeAnalysis>().AsNoTracking().Where(a => a.CandidateId == candidateId).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var tailorings = await db.Set<TailoredResume>().AsNoTracking().Where(t => t.CandidateId == candidateId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new List<(Resume Resume, string Entry)>();
            foreach (var resume in resumes)
            {
                files.Add((resume, $"resumes/v{resume.VersionNumber}-{resume.Id:N}-{FileNames.Sanitize(resume.FileName)}"));
            }

            var document = new
            {
                ExportedAt = clock.GetUtcNow().UtcDateTime,
                Candidate = new
                {
                    c.Id, c.FullName, c.Email, c.Phone, c.Location, c.LinkedinUrl, c.GithubUrl, c.Website, c.Summary, c.Title,
                    c.Certifications, c.Languages, c.TotalYearsExperience, c.CreatedAt, c.UpdatedAt, c.CurrentResumeId,
                },
                Skills = c.Skills.OrderBy(s => s.SortOrder).Select(s => new { s.SkillName, s.Source }),
                Experience = c.Experience.OrderBy(e => e.SortOrder).Select(e => new { e.Title, e.Company, e.Location, e.StartDate, e.EndDate, e.IsCurrent, e.Bullets }),
                Education = c.Education.OrderBy(e => e.SortOrder).Select(e => new { e.Institution, e.Degree, e.FieldOfStudy, e.StartDate, e.EndDate, e.Gpa }),
                Projects = c.Projects.OrderBy(p => p.SortOrder).Select(p => new { p.Name, p.Description, p.Technologies, p.Url }),
                Resumes = files.Select(f => new
                {
                    f.Resume.Id, f.Resume.FileName, f.Resume.ContentType, f.Resume.Format, f.Resume.Sha256, f.Resume.SizeBytes,
                    f.Resume.VersionNumber, f.Resume.Status, f.Resume.UploadedAt, File = f.Entry,
                }),
                MatchAnalyses = analyses.Select(a => new { a.Id, a.ResumeId, a.AnalysisSessionId, a.Score, a.MatchedSkills, a.MissingSkills, a.Explanation, a.CreatedAt }),
                TailoredResumes = tailorings.Select(t => new
                {
                    t.Id, t.ResumeId, t.JobPostingId, t.JobTitle, t.JobCompany, t.Status, t.OriginalMatchScore, t.TailoredMatchScore,
                    t.FinalMatchScore, Markdown = t.FinalMarkdown ?? t.TailoredMarkdown, t.AiProvider, t.CreatedAt, t.ReviewedAt,
                }),
            };

            await using (var json = zip.CreateEntry(JsonEntry, CompressionLevel.Optimal).Open())
            {
                await JsonSerializer.SerializeAsync(json, document, Json, cancellationToken);
            }

            foreach (var (resume, entry) in files)
            {
                if (await blobs.ReadAsync(resume.TenantId, resume.Sha256, cancellationToken) is { } bytes)
                {
                    await using var stream = zip.CreateEntry(entry, CompressionLevel.Optimal).Open();
                    await stream.WriteAsync(bytes, cancellationToken);
                }
            }
        }

        await audit.RecordAsync(AuditActions.CandidateExported, AuditEntities.Candidate, candidateId, $"{resumes.Count} resume files", cancellationToken);
        return new CandidateArchive(buffer.ToArray(), $"candidate-{candidateId:N}.zip");
    }
}
