using System.Net.Mail;
using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Candidates;

/// <summary>Checks a <see cref="CandidateUpdate"/>; errors are keyed by snake_case field name, like the API.</summary>
public static class CandidateUpdateValidator
{
    public const int MaxSkills = 200;
    public const int MaxSkillLength = 150;
    public const int MaxSummaryLength = 20_000;

    public static Dictionary<string, string[]> Validate(CandidateUpdate update)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (update.FullName is not null && (update.FullName.Trim().Length == 0 || update.FullName.Length > 200))
        {
            errors["full_name"] = ["The name must be between 1 and 200 characters."];
        }

        if (update.Email is { Length: > 0 } email && !IsEmail(email))
        {
            errors["email"] = ["This is not a valid email address."];
        }

        if (update.Phone is { Length: > 0 } phone && (phone.Length > 50 || PhoneNumbers.ToE164(phone) is null))
        {
            errors["phone"] = ["This is not a valid phone number; include the country code, e.g. +44 20 7946 0958."];
        }

        if (update.Location is { Length: > 200 })
        {
            errors["location"] = ["The location must be at most 200 characters."];
        }

        foreach (var (key, url) in new[] { ("linkedin_url", update.LinkedinUrl), ("github_url", update.GithubUrl), ("website", update.Website) })
        {
            if (url is { Length: > 0 } && !IsWebAddress(url))
            {
                errors[key] = ["This must be a web address starting with http:// or https:// (at most 500 characters)."];
            }
        }

        if (update.Summary is { Length: > MaxSummaryLength })
        {
            errors["summary"] = [$"The summary must be at most {MaxSummaryLength} characters."];
        }

        if (update.Skills is { } skills && (skills.Count > MaxSkills || skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > MaxSkillLength)))
        {
            errors["skills"] = [$"Give at most {MaxSkills} skills, each 1 to {MaxSkillLength} characters."];
        }

        return errors;
    }

    private static bool IsEmail(string value) =>
        value.Length <= 320 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    private static bool IsWebAddress(string value) =>
        value.Length <= 500 && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
