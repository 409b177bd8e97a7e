namespace RecruiterPortal.Core.Audit;

/// <summary>The kinds of record audit entries point at.</summary>
public static class AuditEntities
{
    public const string User = "user";
    public const string Candidate = "candidate";
    public const string Resume = "resume";
    public const string UploadBatch = "upload_batch";
    public const string Job = "job";
    public const string TailoredResume = "tailored_resume";
    public const string TailorSession = "tailor_session";
    public const string Report = "report";
    public const string AiScore = "ai_score";
    public const string WritingSample = "writing_sample";
    public const string ApiKey = "api_key";
    public const string Settings = "settings";
    public const string Employer = "employer";

    /// <summary>A record named by a request whose type is the route it came through.</summary>
    public const string Record = "record";
}
