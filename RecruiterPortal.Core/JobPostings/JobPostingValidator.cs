namespace RecruiterPortal.Core.JobPostings;

/// <summary>Checks a <see cref="JobPostingInput"/>; errors are keyed by snake_case field like the API.</summary>
public static class JobPostingValidator
{
    public const int MaxDescriptionLength = 100_000;

    public static Dictionary<string, string[]> Validate(JobPostingInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors["title"] = ["A job title is required."];
        }
        else if (input.Title.Length > 200)
        {
            errors["title"] = ["The job title must be at most 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["description"] = ["Paste the job description or upload it as a file."];
        }
        else if (input.Description.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"The description must be at most {MaxDescriptionLength:N0} characters."];
        }

        Check(errors, "employment_type", input.EmploymentType, EmploymentTypes.All);
        Check(errors, "status", input.Status, JobPostingStatuses.All);
        Check(errors, "application_status", input.ApplicationStatus, ApplicationStatuses.All);
        if (input.SalaryMin < 0 || input.SalaryMax < 0)
        {
            errors["salary_min"] = ["Salaries cannot be negative."];
        }
        else if (input.SalaryMin > input.SalaryMax)
        {
            errors["salary_min"] = ["The minimum salary is above the maximum."];
        }

        if (input.SalaryCurrency is { Length: > 0 } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
        {
            errors["salary_currency"] = ["Use a three-letter currency code such as USD or EUR."];
        }

        foreach (var (field, value, max) in new[] { ("company", input.Company, 200), ("location", input.Location, 200), ("salary_text", input.SalaryText, 200) })
        {
            if (value?.Length > max)
            {
                errors[field] = [$"At most {max} characters."];
            }
        }

        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors[field] = [$"Use one of: {string.Join(", ", allowed)}."];
        }
    }
}
