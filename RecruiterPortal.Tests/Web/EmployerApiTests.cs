using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Canonical employers over the API on a real database: experience rows resolve on save and through
/// resume ingestion, the candidate search filters by employer, merge and split move aliases and
/// experience and are audited, a rename keeps the written forms, the backfill links old rows, and each tenant sees only its own.
/// </summary>
public sealed class EmployerApiTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(new Dictionary<string, string?> { ["Pipeline:PollInterval"] = "00:00:00.200" });
    private SeededTenant _alpha = null!;
    private SeededTenant _beta = null!;

    public async Task InitializeAsync()
    {
        _alpha = await TestTenants.CreateAsync(_portal.Services, "Alpha Employers");
        _beta = await TestTenants.CreateAsync(_portal.Services, "Beta Employers");
    }

    public Task DisposeAsync()
    {
        _portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Written_variants_resolve_to_one_employer_with_counts_departments_and_roles()
    {
        await SeedAsync(_alpha.Id, "Ada", ("Google LLC", "Software Engineer"), ("Apple Inc.", "Intern"));
        await SeedAsync(_alpha.Id, "Ben", ("google inc.", "Site Reliability Engineer"));
        await SeedAsync(_alpha.Id, "Cleo", ("Google – Cloud Platform", "Product Manager"), ("Applied Materials", "Process Engineer"));
        var api = Api(_alpha.ViewerApiKey);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/employers");
        var names = list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Google", "Apple", "Applied Materials"], names);
        var google = list.GetProperty("items")[0];
        Assert.Equal(3, google.GetProperty("candidate_count").GetInt32());
        Assert.Equal(["Google LLC", "google inc.", "Google"], google.GetProperty("variants").EnumerateArray().Select(v => v.GetString()));

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{google.GetProperty("id").GetGuid()}");
        Assert.Equal(["Cloud Platform"], detail.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Product Manager", "Site Reliability Engineer", "Software Engineer"], detail.GetProperty("roles").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(3, detail.GetProperty("aliases").EnumerateArray().Sum(a => a.GetProperty("experience_count").GetInt32()));

        var workedThere = await api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={google.GetProperty("id").GetGuid()}");
        Assert.Equal(["Ada", "Ben", "Cleo"], Names(workedThere));
        var apple = list.GetProperty("items")[1].GetProperty("id").GetGuid();
        Assert.Equal(["Ada"], Names(await api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={apple}")));
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={Guid.NewGuid()}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ingested_resumes_link_their_experience_and_text_search_finds_other_variants()
    {
        var owner = Api(_alpha.OwnerApiKey);
        await ApiFlows.UploadResumeAsync(owner, Resume("Dana Whitfield", "Data Engineer, Meta Platforms, Inc."), "dana.txt");
        await ApiFlows.UploadResumeAsync(owner, Resume("Eli Navarro", "Analyst, Facebook"), "eli.txt");
        await ApiFlows.UploadResumeAsync(owner, Resume("Fay Odum", "Analyst, Metabase"), "fay.txt");

        var list = await owner.GetFromJsonAsync<JsonElement>("/api/v1/employers");
        var meta = list.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Meta");
        Assert.Equal(2, meta.GetProperty("candidate_count").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Metabase");
        Assert.Equal(["Dana Whitfield", "Eli Navarro"], Names(await owner.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={meta.GetProperty("id").GetGuid()}")));

        // A text search for one written form finds candidates who wrote another form of the same employer.
        Assert.Equal(["Dana Whitfield", "Eli Navarro"], Names(await owner.GetFromJsonAsync<JsonElement>("/api/v1/candidates?query=facebook")));
    }

    [Fact]
    public async Task Merge_moves_aliases_and_experience_and_split_takes_a_variant_back_out_both_audited()
    {
        await SeedAsync(_alpha.Id, "Gus", ("Acme Corp", "Buyer"));
        await SeedAsync(_alpha.Id, "Hana", ("ACME Corporation", "Planner"));
        await SeedAsync(_alpha.Id, "Ivo", ("Acme Industrial Supplies", "Buyer"));
        var recruiter = Api(await RecruiterKeyAsync(_alpha));
        var acme = await IdOfAsync(recruiter, "Acme");
        var industrial = await IdOfAsync(recruiter, "Acme Industrial Supplies");

        var merge = await recruiter.PostAsJsonAsync($"/api/v1/employers/{industrial}/merge", new { into_employer_id = acme });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        var merged = await merge.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, merged.GetProperty("candidate_count").GetInt32());
        Assert.Equal(3, merged.GetProperty("aliases").GetArrayLength());
        Assert.Equal(["Buyer", "Planner"], merged.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.GetAsync($"/api/v1/employers/{industrial}")).StatusCode);
        Assert.Equal(["Gus", "Hana", "Ivo"], Names(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={acme}")));

        // A merge sticks: a new resume written the merged way joins the kept employer.
        await SeedAsync(_alpha.Id, "Jon", ("acme industrial supplies", "Driver"));
        Assert.Equal(4, (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{acme}")).GetProperty("candidate_count").GetInt32());

        var split = await recruiter.PostAsJsonAsync($"/api/v1/employers/{acme}/split", new { alias = "Acme Industrial Supplies" });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var splitOff = await split.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Acme Industrial Supplies", splitOff.GetProperty("name").GetString());
        Assert.Equal(["Ivo", "Jon"], Names(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={splitOff.GetProperty("id").GetGuid()}")));
        Assert.Equal(["Gus", "Hana"], Names(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={acme}")));

        // A split sticks too: the split form keeps going to its own employer.
        await SeedAsync(_alpha.Id, "Kai", ("ACME Industrial Supplies", "Driver"));
        Assert.Equal(3, (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{splitOff.GetProperty("id").GetGuid()}")).GetProperty("candidate_count").GetInt32());

        var log = await AuditAsync(_alpha.Id);
        Assert.Contains(log, e => e.Action == AuditActions.EmployerMerged && e.EntityId == acme.ToString() && e.Detail!.Contains(industrial.ToString(), StringComparison.Ordinal));
        Assert.Contains(log, e => e.Action == AuditActions.EmployerSplit && e.EntityId == acme.ToString() && e.Detail!.Contains(splitOff.GetProperty("id").GetString()!, StringComparison.Ordinal));
        Assert.DoesNotContain(log, e => e.Detail is { } d && d.Contains("Acme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rename_keeps_the_written_forms_lets_either_name_join_and_refuses_a_name_another_employer_has()
    {
        await SeedAsync(_alpha.Id, "Rhea", ("Harbor Payments Inc", "Engineer"));
        await SeedAsync(_alpha.Id, "Sol", ("HarborPay", "Analyst"));
        var recruiter = Api(await RecruiterKeyAsync(_alpha));
        var harbor = await IdOfAsync(recruiter, "Harbor Payments");
        var harborPay = await IdOfAsync(recruiter, "HarborPay");

        var rename = await recruiter.PatchAsJsonAsync($"/api/v1/employers/{harbor}", new { name = "  Harbour   Payments " });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        var renamed = await rename.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Harbour Payments", renamed.GetProperty("name").GetString());
        Assert.Equal(["Harbor Payments Inc"], renamed.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(harbor, await IdOfAsync(recruiter, "Harbour Payments"));

        // Resumes written with the new name or the old one both join the renamed employer.
        await SeedAsync(_alpha.Id, "Uma", ("Harbour Payments Ltd", "Engineer"));
        await SeedAsync(_alpha.Id, "Vic", ("Harbor Payments", "Engineer"));
        Assert.Equal(["Rhea", "Uma", "Vic"], Names(await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={harbor}")));

        // Another employer cannot take either name: that is a merge.
        foreach (var taken in new[] { "Harbour Payments", "harbor payments, inc." })
        {
            var refused = await recruiter.PatchAsJsonAsync($"/api/v1/employers/{harborPay}", new { name = taken });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("merge the two employers instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PatchAsJsonAsync($"/api/v1/employers/{harborPay}", new { name = " -- " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PatchAsJsonAsync($"/api/v1/employers/{harborPay}", new { name = new string('x', EmployerService.MaxNameLength + 1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PatchAsJsonAsync($"/api/v1/employers/{Guid.NewGuid()}", new { name = "Nowhere" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api(_alpha.ViewerApiKey).PatchAsJsonAsync($"/api/v1/employers/{harborPay}", new { name = "Viewer Was Here" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api(_beta.OwnerApiKey).PatchAsJsonAsync($"/api/v1/employers/{harborPay}", new { name = "Beta Was Here" })).StatusCode);
        Assert.Equal("HarborPay", (await recruiter.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{harborPay}")).GetProperty("name").GetString());

        // Its own name in another casing is not "taken".
        Assert.Equal(HttpStatusCode.OK, (await recruiter.PatchAsJsonAsync($"/api/v1/employers/{harbor}", new { name = "HARBOUR Payments" })).StatusCode);

        var log = await AuditAsync(_alpha.Id);
        Assert.Equal(2, log.Count(e => e.Action == AuditActions.EmployerRenamed && e.EntityId == harbor.ToString()));
        Assert.DoesNotContain(log, e => e.Detail is { } d && d.Contains("Harbo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Merge_and_split_refuse_what_cannot_be_done()
    {
        await SeedAsync(_alpha.Id, "Lia", ("Initech LLC", "Analyst"));
        await SeedAsync(_alpha.Id, "Max", ("Initrode", "Analyst"));
        var recruiter = Api(await RecruiterKeyAsync(_alpha));
        var initech = await IdOfAsync(recruiter, "Initech");

        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/employers/{initech}/merge", new { into_employer_id = initech })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/employers/{initech}/merge", new { into_employer_id = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/employers/{initech}/split", new { alias = "Initrode" })).StatusCode);
        var only = await recruiter.PostAsJsonAsync($"/api/v1/employers/{initech}/split", new { alias = "Initech LLC" });
        Assert.Equal(HttpStatusCode.BadRequest, only.StatusCode);
        Assert.Contains("only alias", await only.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PostAsJsonAsync($"/api/v1/employers/{Guid.NewGuid()}/merge", new { into_employer_id = initech })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api(_alpha.ViewerApiKey).PostAsJsonAsync($"/api/v1/employers/{initech}/split", new { alias = "Initech LLC" })).StatusCode);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_employers_and_cannot_merge_into_another_tenants()
    {
        await SeedAsync(_alpha.Id, "Nia", ("Globex Corporation", "Engineer"));
        await SeedAsync(_beta.Id, "Oto", ("Globex Corp.", "Engineer"));
        var alpha = Api(_alpha.OwnerApiKey);
        var beta = Api(_beta.OwnerApiKey);
        var alphaGlobex = await IdOfAsync(alpha, "Globex");
        var betaGlobex = await IdOfAsync(beta, "Globex");

        Assert.NotEqual(alphaGlobex, betaGlobex);
        Assert.Equal(["Nia"], Names(await alpha.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={alphaGlobex}")));
        Assert.Equal(0, (await alpha.GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={betaGlobex}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/v1/employers/{alphaGlobex}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await beta.PostAsJsonAsync($"/api/v1/employers/{betaGlobex}/merge", new { into_employer_id = alphaGlobex })).StatusCode);
        Assert.Equal(["Globex Corporation"], (await alpha.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{alphaGlobex}")).GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_backfill_links_rows_saved_before_employers_existed_and_the_demo_tenant_has_employers()
    {
        await SeedAsync(_alpha.Id, "Pia", ("Umbrella Corporation", "Chemist"));
        await SeedAsync(_alpha.Id, "Quin", ("Umbrella Corp", "Chemist"));
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Set<CandidateExperience>().IgnoreQueryFilters().Where(x => x.TenantId == _alpha.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EmployerId, (Guid?)null));
            await db.Set<Employer>().IgnoreQueryFilters().Where(x => x.TenantId == _alpha.Id).ExecuteDeleteAsync();
            var linked = await scope.ServiceProvider.GetRequiredService<EmployerService>().BackfillAllAsync();
            Assert.Equal(2, linked);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<EmployerService>().BackfillAsync(_alpha.Id));
        }

        var umbrella = await IdOfAsync(Api(_alpha.ViewerApiKey), "Umbrella");
        Assert.Equal(["Pia", "Quin"], Names(await Api(_alpha.ViewerApiKey).GetFromJsonAsync<JsonElement>($"/api/v1/candidates?employer_id={umbrella}")));

        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedAsync(_beta.Id, default);
            await scope.ServiceProvider.GetRequiredService<DemoResumes>().SeedFromAsync(_beta.Id, DemoEmployers.ResourcePrefix, default);
        }

        var demo = await Api(_beta.ViewerApiKey).GetFromJsonAsync<JsonElement>("/api/v1/employers");
        var grouped = demo.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("candidate_count").GetInt32() == 2).Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Cascade Logistics Software", "Delta Freight Services", "Harbor Payments", "Peak Office Supply", "RiverBend Distribution", "Summit Cloud Systems"], grouped);
    }

    /// <summary>A candidate of the tenant with positions (company, title), saved as the ingestion saves them.</summary>
    private async Task SeedAsync(Guid tenantId, string name, params (string Company, string Title)[] positions)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var candidate = new Candidate { TenantId = tenantId, FullName = name, UpdatedAt = DateTime.UtcNow };
        candidate.Experience = [.. positions.Select((p, i) => new CandidateExperience { TenantId = tenantId, CandidateId = candidate.Id, Company = p.Company, Title = p.Title, SortOrder = i })];
        db.Add(candidate);
        await db.SaveChangesAsync();
    }

    private static byte[] Resume(string name, string position) => Encoding.UTF8.GetBytes(
        $"{name}\n{name.Split(' ')[0].ToLowerInvariant()}@example.com\n\nEXPERIENCE\n{position}\n2019 - Present\n- Built reporting in SQL and Python\n\nSKILLS\nSQL, Python");

    private static List<string?> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("full_name").GetString()).Order(StringComparer.Ordinal).ToList();

    private static async Task<Guid> IdOfAsync(HttpClient api, string name) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/employers")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private async Task<string> RecruiterKeyAsync(SeededTenant tenant)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var secret = Core.ApiKeys.ApiKeySecret.Generate();
        await scope.ServiceProvider.GetRequiredService<Core.ApiKeys.ApiKeyService>().RegisterAsync(tenant.Id, "employers recruiter", Core.Tenancy.PortalRoles.Recruiter, secret);
        return secret;
    }

    private async Task<List<AuditEntry>> AuditAsync(Guid tenantId)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Set<AuditEntry>().IgnoreQueryFilters().Where(e => e.TenantId == tenantId).ToListAsync();
    }

    private HttpClient Api(string key)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
