using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Candidates;

/// <summary>The keys that say two resumes are the same person: email first, then phone.</summary>
public static class CandidateKeys
{
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim();
        return string.IsNullOrEmpty(trimmed) || !trimmed.Contains('@', StringComparison.Ordinal) ? null : trimmed.ToLowerInvariant();
    }

    /// <summary>E.164, so "(415) 555-0123" and "+1 415 555 0123" are the same number.</summary>
    public static string? NormalizePhone(string? phone) => PhoneNumbers.ToE164(phone);
}
