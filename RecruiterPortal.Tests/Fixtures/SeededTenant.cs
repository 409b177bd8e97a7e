namespace RecruiterPortal.Tests.Fixtures;

/// <summary>A tenant made for a test: users are <c>&lt;role&gt;@&lt;slug&gt;.test</c> with <see cref="TestTenants.Password"/>.</summary>
public sealed record SeededTenant(Guid Id, string Name, string Slug, string OwnerApiKey, string ViewerApiKey)
{
    public string EmailOf(string role) => $"{role.ToLowerInvariant()}@{Slug}.test";
}
