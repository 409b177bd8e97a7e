using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Data;

/// <summary>
/// The database holds "one active writing sample per candidate and type" itself (a filtered unique
/// index whose filter each provider spells its own way), so a write that bypasses the service
/// cannot break it. Same bodies on SQLite and PostgreSQL.
/// </summary>
public abstract class WritingSampleDataTests(string provider) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private Guid _tenantId;
    private Guid _candidateId;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await using var db = _database.CreateContext();
        var tenant = new Tenant { Name = "Samples", Slug = "samples" };
        var candidate = new Candidate { TenantId = tenant.Id, FullName = "Sam Sample" };
        db.Add(tenant);
        db.Add(candidate);
        await db.SaveChangesAsync();
        (_tenantId, _candidateId) = (tenant.Id, candidate.Id);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_second_active_sample_of_the_same_candidate_and_type_is_refused_by_the_database()
    {
        await using (var db = _database.CreateContext())
        {
            db.Add(Sample(WritingSampleTypes.CoverLetter, active: true));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.CreateContext())
        {
            db.Add(Sample(WritingSampleTypes.CoverLetter, active: true));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        // Archived samples of the same type, and an active sample of the other type, are allowed.
        await using (var db = _database.CreateContext())
        {
            db.Add(Sample(WritingSampleTypes.CoverLetter, active: false));
            db.Add(Sample(WritingSampleTypes.CoverLetter, active: false));
            db.Add(Sample(WritingSampleTypes.Resume, active: true));
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var rows = await check.Set<WritingSample>().IgnoreQueryFilters().Where(s => s.CandidateId == _candidateId).ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.Single(rows, s => s.IsActive && s.DocumentType == WritingSampleTypes.CoverLetter);
        Assert.Single(rows, s => s.IsActive && s.DocumentType == WritingSampleTypes.Resume);
    }

    [Fact]
    public async Task Re_activating_an_archived_sample_while_another_is_active_is_refused()
    {
        var archived = Sample(WritingSampleTypes.CoverLetter, active: false);
        await using (var db = _database.CreateContext())
        {
            db.Add(archived);
            db.Add(Sample(WritingSampleTypes.CoverLetter, active: true));
            await db.SaveChangesAsync();
        }

        await using var again = _database.CreateContext();
        var row = await again.Set<WritingSample>().IgnoreQueryFilters().SingleAsync(s => s.Id == archived.Id);
        row.IsActive = true;
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    private WritingSample Sample(string type, bool active) => new()
    {
        TenantId = _tenantId,
        CandidateId = _candidateId,
        DocumentType = type,
        OriginalText = "Dear Hiring Manager, I am writing to apply.",
        IsActive = active,
        ArchivedAt = active ? null : DateTime.UtcNow,
    };
}

public sealed class SqliteWritingSampleDataTests() : WritingSampleDataTests(DatabaseOptions.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresWritingSampleDataTests() : WritingSampleDataTests(DatabaseOptions.Postgres);
