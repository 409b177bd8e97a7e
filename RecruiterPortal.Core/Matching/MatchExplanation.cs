using System.Globalization;
using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Matching;

/// <summary>Writes the one-paragraph, plain-language reason for a match score.</summary>
internal static class MatchExplanation
{
    private const int MaxNamed = 4;

    public static string Write(MatchResult result, CandidateFeatures candidate, JobFeatures job)
    {
        var parts = new List<string>();
        var rows = result.SkillComparison;
        var required = rows.Where(r => r.Required).ToList();
        if (required.Count > 0)
        {
            var missing = required.Where(r => r.Status == SkillMatchStatus.Missing).Select(r => r.Skill).ToList();
            var covered = required.Count - missing.Count;
            parts.Add(missing.Count == 0
                ? $"covers all {required.Count} required skills"
                : $"covers {covered} of {required.Count} required skills (missing {Names(missing)})");
        }

        var preferred = rows.Where(r => !r.Required && r.Status != SkillMatchStatus.Extra).ToList();
        if (preferred.Count > 0)
        {
            var have = preferred.Where(r => r.Status == SkillMatchStatus.Matched).Select(r => r.Skill).ToList();
            parts.Add(have.Count == 0
                ? $"has none of the {preferred.Count} nice-to-have skills"
                : $"has {have.Count} of {preferred.Count} nice-to-have skills ({Names(have)})");
        }

        if (job.MinYearsExperience is > 0)
        {
            parts.Add($"{Years(candidate.YearsOfExperience)} of experience against {Years(job.MinYearsExperience.Value)} asked");
        }
        else if (candidate.YearsOfExperience > 0)
        {
            parts.Add($"{Years(candidate.YearsOfExperience)} of experience");
        }

        if (job.EducationLevel > EducationLevel.None)
        {
            parts.Add(candidate.EducationLevel >= job.EducationLevel
                ? $"education meets the {Describe(job.EducationLevel)} level asked"
                : candidate.EducationLevel == EducationLevel.None
                    ? $"no degree listed against the {Describe(job.EducationLevel)} asked"
                    : $"{Describe(candidate.EducationLevel)} education against the {Describe(job.EducationLevel)} asked");
        }

        if (result.Components.TitleSimilarity is { } title && candidate.Titles.Count > 0)
        {
            var closeness = title >= 0.7 ? "closely matches" : title >= 0.35 ? "partly matches" : "differs from";
            // Title similarity takes the best of the recent titles, so name the latest one only as context.
            parts.Add($"past titles {closeness} \"{job.Title}\" (latest \"{candidate.Titles[0]}\")");
        }

        if (result.Components.KeywordRelevance is { } keyword)
        {
            parts.Add(keyword >= 0.6 ? "the resume's wording overlaps strongly with the job"
                : keyword >= 0.3 ? "the resume's wording overlaps moderately with the job"
                : "little of the job's wording appears in the resume");
        }

        var label = result.Score switch
        {
            >= 0.75 => "Strong fit",
            >= 0.55 => "Good fit",
            >= 0.35 => "Partial fit",
            _ => "Weak fit",
        };
        var score = result.Score.ToString("0.00", CultureInfo.InvariantCulture);
        return parts.Count == 0 ? $"{label} ({score})." : $"{label} ({score}): {string.Join(", ", parts)}.";
    }

    private static string Names(List<string> names) =>
        names.Count <= MaxNamed
            ? JoinAnd(names)
            : $"{string.Join(", ", names.Take(MaxNamed))} and {names.Count - MaxNamed} more";

    private static string JoinAnd(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    private static string Years(double years)
    {
        var text = years.ToString(years % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture);
        return years == 1 ? "1 year" : $"{text} years";
    }

    private static string Describe(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "high school",
        EducationLevel.Associate => "associate",
        EducationLevel.Bachelor => "bachelor's",
        EducationLevel.Master => "master's",
        EducationLevel.Doctorate => "doctorate",
        _ => "no formal",
    };
}
