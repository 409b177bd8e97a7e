using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// Gives the demo tenant's first candidates a writing sample each, one formal and one casual, so
/// the candidate page shows a writing style and a cover letter can be written in it at once.
/// Idempotent: a candidate that has any sample is left alone.
/// </summary>
public sealed class DemoWritingSamples(PortalDbContext db, WritingStyleExtractor extractor, TimeProvider clock)
{
    private static readonly string[] Letters =
    [
        """
        Dear Hiring Manager,

        I am writing to express my interest in the position advertised, as I believe that my experience in building dependable systems would allow me to contribute meaningfully to your team. Throughout my career, I have sought roles in which careful engineering, clear documentation and close collaboration with stakeholders are valued.

        In my current position, I led the consolidation of several services into a single platform, and I established review practices that the wider department subsequently adopted. Furthermore, I mentored junior colleagues through their first production releases, which I regard as one of the most rewarding parts of my work.

        I look forward to discussing how my experience might support the objectives of your organisation, and I thank you for considering my application.

        Yours sincerely,
        """,
        """
        Hi there,

        I'm really excited about this role! I've spent the last few years shipping things people actually use. It's the part of the job I love most.

        At my current job I built our onboarding flow from scratch. I also cut a lot of slow steps out of it. That's made a real difference for new customers.

        So why me? I care about the details. And I'd love to bring that to your team. I'd be happy to chat whenever suits you.

        Cheers,
        """,
    ];

    public async Task<int> SeedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var candidates = await db.Set<Candidate>().IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .Take(Letters.Length)
            .ToListAsync(cancellationToken);
        var added = 0;
        foreach (var (candidateId, letter) in candidates.Zip(Letters))
        {
            if (await db.Set<WritingSample>().IgnoreQueryFilters().AnyAsync(s => s.TenantId == tenantId && s.CandidateId == candidateId, cancellationToken))
            {
                continue;
            }

            var text = letter.Trim();
            var style = extractor.Extract(text);
            var now = clock.GetUtcNow().UtcDateTime;
            db.Add(new WritingSample
            {
                TenantId = tenantId,
                CandidateId = candidateId,
                OriginalFilename = "demo_cover_letter.txt",
                OriginalText = text,
                WordCount = WritingStyleExtractor.Words(text).Count,
                CharacterCount = text.Length,
                LineCount = text.Split('\n').Length,
                ExtractedStyleJson = TailoringJson.Serialize(style),
                ExtractionModel = WritingStyleExtractor.Method,
                ExtractionConfidence = WritingStyleExtractor.Confidence(style.Counts.Words),
                ExtractedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
