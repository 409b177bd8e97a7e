using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Bulk;

/// <summary>
/// A bulk tailoring: many candidates' resumes tailored to one job posting. Its id is the
/// correlation id of the items' <c>tailor_resume</c> jobs. The counts and status stored here are a
/// cache of what the item rows say (<see cref="TailorSessionRules"/>), refreshed whenever the
/// session is read; the item rows are the truth.
/// </summary>
public class TailorSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Null once the posting is deleted; <see cref="JobTitle"/> remains.</summary>
    public Guid? JobPostingId { get; set; }

    public string? JobTitle { get; set; }

    public Guid? CreatedByUserId { get; set; }

    /// <summary>The <see cref="Tailoring.TailorOptions"/> every item was started with, as JSON.</summary>
    public string OptionsJson { get; set; } = "{}";

    /// <summary>One of <see cref="TailorSessionStatuses"/>.</summary>
    public string Status { get; set; } = TailorSessionStatuses.Processing;

    /// <summary>Whether waiting items are held; running ones finish.</summary>
    public bool Paused { get; set; }

    public int Total { get; set; }

    public int CompletedCount { get; set; }

    public int FailedCount { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? FinishedAt { get; set; }
}
