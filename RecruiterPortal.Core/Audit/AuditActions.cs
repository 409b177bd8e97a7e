namespace RecruiterPortal.Core.Audit;

/// <summary>The actions the audit log records, as "entity.verb".</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign_in.succeeded";
    public const string SignInFailed = "sign_in.failed";
    public const string SignInLockedOut = "sign_in.locked_out";
    public const string SignedOut = "sign_in.signed_out";

    public const string CandidateViewed = "candidate.viewed";
    public const string CandidateEdited = "candidate.edited";
    public const string ResumeUploaded = "resume.uploaded";
    public const string ResumeDownloaded = "resume.downloaded";
    public const string CandidateErased = "candidate.erased";
    public const string CandidateExported = "candidate.exported";
    public const string RetentionChanged = "retention.changed";

    public const string JobCreated = "job.created";
    public const string JobEdited = "job.edited";
    public const string JobDeleted = "job.deleted";

    public const string EmployerMerged = "employer.merged";
    public const string EmployerSplit = "employer.split";
    public const string EmployerRenamed = "employer.renamed";

    public const string TailoringStarted = "tailoring.started";
    public const string TailoringViewed = "tailoring.viewed";
    public const string TailoringReviewed = "tailoring.reviewed";
    public const string TailoringCancelled = "tailoring.cancelled";
    public const string TailoringExported = "tailoring.exported";
    public const string WritingSampleAdded = "writing_sample.added";
    public const string WritingSamplesPurged = "writing_sample.purged";
    public const string CoverLetterStarted = "cover_letter.started";
    public const string SessionStarted = "tailor_session.started";
    public const string SessionCancelled = "tailor_session.cancelled";
    public const string AiScoreRequested = "ai_score.requested";

    public const string ReportCreated = "report.created";
    public const string ReportViewed = "report.viewed";
    public const string ReportExported = "report.exported";
    public const string ReportDeleted = "report.deleted";

    public const string ApiKeyCreated = "api_key.created";
    public const string ApiKeyRevoked = "api_key.revoked";
    public const string SettingsChanged = "settings.changed";

    /// <summary>A request named a record id the caller's tenant does not have (a stale link, or an attempt at another tenant's).</summary>
    public const string RecordNotFound = "record.not_found";

    public const string UserInvited = "user.invited";
    public const string UserRoleChanged = "user.role_changed";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserPasswordReset = "user.password_reset";
    public const string UserPasswordSet = "user.password_set";
    public const string TwoFactorRequirementChanged = "settings.two_factor_required";

    public static IReadOnlyList<string> All { get; } =
    [
        SignInSucceeded, SignInFailed, SignInLockedOut, SignedOut,
        CandidateViewed, CandidateEdited, ResumeUploaded, ResumeDownloaded, CandidateErased, CandidateExported, RetentionChanged,
        JobCreated, JobEdited, JobDeleted,
        EmployerMerged, EmployerSplit, EmployerRenamed,
        TailoringStarted, TailoringViewed, TailoringReviewed, TailoringCancelled, TailoringExported, WritingSampleAdded, WritingSamplesPurged, CoverLetterStarted, SessionStarted, SessionCancelled, AiScoreRequested,
        ReportCreated, ReportViewed, ReportExported, ReportDeleted,
        ApiKeyCreated, ApiKeyRevoked, SettingsChanged, RecordNotFound,
        UserInvited, UserRoleChanged, UserDeactivated, UserReactivated, UserPasswordReset, UserPasswordSet, TwoFactorRequirementChanged,
    ];
}
