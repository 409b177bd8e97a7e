using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Candidates;

/// <summary>A project a candidate lists, with the technologies it used.</summary>
public class CandidateProject : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CandidateId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string> Technologies { get; set; } = [];

    public string? Url { get; set; }

    public int SortOrder { get; set; }
}
