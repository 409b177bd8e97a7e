using System.Security.Cryptography;
using System.Text;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// Many distinct candidates with parsed resumes, written straight to the database (in-process or
/// into the database of a portal running as its own process), for bulk tailoring sessions.
/// </summary>
public static class SessionCandidates
{
    private static readonly string[] First = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"];
    private static readonly string[] Last = ["Stone", "Rivera", "Okafor", "Nguyen", "Berg", "Kowalski", "Haddad", "Sato", "Moreau", "Lind"];

    /// <summary>The job the resumes fit: tailoring has something to reorder and reword.</summary>
    public const string JobDescription = "Requirements:\n- C# and .NET\n- PostgreSQL and SQL\n- Docker and Kubernetes\n- REST APIs\nNice to have: Azure, React";

    public static async Task<IReadOnlyList<Guid>> SeedAsync(PortalDbContext db, Guid tenantId, int count, string tag = "s")
    {
        var taxonomy = SkillTaxonomy.Default;
        var parser = new TaxonomyResumeTextParser(taxonomy);
        var writer = new CandidateProfileWriter(taxonomy);
        var ids = new List<Guid>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var name = $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]}{(i >= 100 ? $" {i / 100}" : "")}";
            var text = Resume(name, $"{tag}{i}@example.com", i);
            var parsed = parser.Parse(text);
            var candidate = new Candidate { TenantId = tenantId, CreatedAt = now };
            var resume = new Resume
            {
                TenantId = tenantId,
                CandidateId = candidate.Id,
                FileName = $"{tag}-{i}.txt",
                ContentType = "text/plain",
                Format = "txt",
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
                SizeBytes = Encoding.UTF8.GetByteCount(text),
                Status = ResumeStatuses.Completed,
                RawText = text,
                ParsedJson = ParsedResumeJson.Serialize(parsed),
                VersionNumber = 1,
                UploadedAt = now,
            };
            writer.Apply(db, candidate, parsed, text, now);
            candidate.CurrentResumeId = resume.Id;
            db.AddRange(candidate, resume);
            ids.Add(candidate.Id);
            if (ids.Count % 50 == 0)
            {
                await db.SaveChangesAsync();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return ids;
    }

    private static string Resume(string name, string email, int i) => $"""
        {name}
        Columbus, OH
        614-555-{i % 10000:0000}
        {email}

        Summary
        Backend developer who builds reliable services and keeps them running.

        Experience
        Buckeye Software, Columbus, OH
        Software Engineer    2020 – Present
        • Built REST APIs in C# on .NET used by {10 + i % 40} internal teams
        • Moved the reporting database to PostgreSQL and tuned its SQL
        • Packaged the services with Docker

        Midwest Data, Columbus, OH
        Junior Developer    2017 – 2020
        • Maintained Java and JavaScript tools for the support desk

        Education
        Ohio State University — Columbus, OH
        Bachelor of Science in Computer Science | 2013 – 2017

        Skills
        C#, .NET, SQL, PostgreSQL, Docker, Git, JavaScript, Java
        """;
}
