using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Tests.Unit.Ingestion;

namespace RecruiterPortal.Tests.Data;

/// <summary>Candidate and resume rows and the de-duplication lookups, on SQLite and PostgreSQL alike.</summary>
public abstract class IngestionDataTests(string provider) : IAsyncLifetime
{
    private IngestionHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IngestionHarness.CreateAsync(provider);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Ingested_resumes_are_stored_as_normalised_rows_and_found_again_by_email_or_phone()
    {
        await _harness.IngestAsync("nurse.docx", IngestionHarness.Fixture("Resumes/02_nurse_docx.docx"));
        var text = Encoding.UTF8.GetString(IngestionHarness.Fixture("Resumes/12_accountant_txt_plain.txt"));
        await _harness.IngestAsync("oneill.txt", Encoding.UTF8.GetBytes(text));
        await _harness.IngestAsync("oneill-new.txt", Encoding.UTF8.GetBytes(text
            .Replace("james.oneill.cpa@gmail.com", "jim@oneill.example", StringComparison.Ordinal)
            .Replace("312-555-0144", "+1 (312) 555 0144", StringComparison.Ordinal)));

        await using var db = _harness.Db();
        var candidates = await db.Set<Candidate>().Include(c => c.Experience).Include(c => c.Skills).OrderBy(c => c.FullName).ToListAsync();
        Assert.Equal(["James O'Neill", "María José Álvarez"], candidates.Select(c => c.FullName));
        var james = candidates[0];
        Assert.Equal("jim@oneill.example", james.Email);
        Assert.Equal("+13125550144", CandidateKeys.NormalizePhone(james.Phone));
        Assert.Contains("Motorola Solutions", james.Experience.Select(e => e.Company));
        Assert.All(james.Experience, e => Assert.NotEmpty(e.Bullets));
        Assert.NotEmpty(james.Certifications);
        Assert.Equal([1, 2], await db.Set<Resume>().Where(r => r.CandidateId == james.Id).OrderBy(r => r.VersionNumber).Select(r => r.VersionNumber).ToListAsync());

        Assert.Equal(james.Id, (await CandidateMatcher.FindAsync(db, _harness.TenantId, "jim@oneill.example", null, default))?.Id);
        Assert.Equal(james.Id, (await CandidateMatcher.FindAsync(db, _harness.TenantId, null, "+13125550144", default))?.Id);
        Assert.Null(await CandidateMatcher.FindAsync(db, await _harness.AddTenantAsync("Beta"), "jim@oneill.example", "+13125550144", default));
    }

    [Fact]
    public async Task Search_paging_and_skill_filter_work_through_the_database()
    {
        await using (var scope = _harness.Scope())
        {
            Assert.Equal(8, await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_harness.TenantId, default));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_harness.TenantId, default));
        }

        await using var query = _harness.Scope();
        var service = query.ServiceProvider.GetRequiredService<CandidateService>();
        var page1 = await service.ListAsync(new CandidateQuery(PageSize: 3));
        var page3 = await service.ListAsync(new CandidateQuery(Page: 3, PageSize: 3));
        Assert.Equal(8, page1.Total);
        Assert.Equal(3, page1.Items.Count);
        Assert.Equal(2, page3.Items.Count);
        Assert.Empty(page1.Items.Select(i => i.Id).Intersect(page3.Items.Select(i => i.Id)));

        var nurses = await service.ListAsync(new CandidateQuery(Query: "NURSE"));
        Assert.Equal(["Daniel Okafor"], nurses.Items.Select(i => i.FullName));
        var python = await service.ListAsync(new CandidateQuery(Skill: "python"));
        Assert.Equal(["Aisha Khan"], python.Items.Select(i => i.FullName));
        Assert.Contains("Python", python.Items[0].Skills);
    }
}

public sealed class SqliteIngestionDataTests() : IngestionDataTests(DatabaseOptions.Sqlite);

public sealed class PostgresIngestionDataTests() : IngestionDataTests(DatabaseOptions.Postgres);
