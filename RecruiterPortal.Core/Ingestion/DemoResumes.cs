using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Storage;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// Fills a demo tenant with varied candidates from resumes embedded in the assembly (software,
/// nursing, sales, finance, logistics, teaching, data, support). They go straight through the
/// parser, without the pipeline, so demo data exists before any worker runs. Idempotent: a resume
/// already in the tenant (same bytes) is skipped.
/// </summary>
public sealed class DemoResumes(PortalDbContext db, IBlobStore blobs, IResumeTextParser parser, CandidateProfileWriter writer, TimeProvider clock)
{
    private const string ResourcePrefix = "RecruiterPortal.Core.Ingestion.Demo.";

    /// <summary>Ingests the demo resumes the tenant does not have yet; returns how many were added.</summary>
    public Task<int> SeedAsync(Guid tenantId, CancellationToken cancellationToken) => SeedFromAsync(tenantId, ResourcePrefix, cancellationToken);

    /// <summary>Ingests the embedded resumes under another resource prefix, such as the employer demo's.</summary>
    public async Task<int> SeedFromAsync(Guid tenantId, string resourcePrefix, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (fileName, content) in Resources(resourcePrefix))
        {
            var sha256 = BlobHash.Compute(content);
            if (await db.Set<Resume>().IgnoreQueryFilters().AnyAsync(r => r.TenantId == tenantId && r.Sha256 == sha256, cancellationToken))
            {
                continue;
            }

            await blobs.PutAsync(tenantId, content, UploadRefusals.ContentTypeOf(fileName), cancellationToken);
            var text = Encoding.UTF8.GetString(content);
            var parsed = parser.Parse(text);
            var now = clock.GetUtcNow().UtcDateTime;
            var candidate = new Candidate { TenantId = tenantId, CreatedAt = now };
            var resume = new Resume
            {
                TenantId = tenantId,
                CandidateId = candidate.Id,
                FileName = fileName,
                ContentType = UploadRefusals.ContentTypeOf(fileName),
                Format = "txt",
                Sha256 = sha256,
                SizeBytes = content.LongLength,
                Status = ResumeStatuses.Completed,
                RawText = text,
                ParsedJson = ParsedResumeJson.Serialize(parsed),
                VersionNumber = 1,
                UploadedAt = now,
            };
            writer.Apply(db, candidate, parsed, text, now);
            candidate.CurrentResumeId = resume.Id;
            db.AddRange(candidate, resume);
            await db.SaveChangesAsync(cancellationToken);
            added++;
        }

        return added;
    }

    private static IEnumerable<(string FileName, byte[] Content)> Resources(string resourcePrefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (name[resourcePrefix.Length..], buffer.ToArray());
        }
    }
}
