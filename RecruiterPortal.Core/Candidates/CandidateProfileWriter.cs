using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Candidates;

/// <summary>
/// Writes a parsed resume onto a candidate: contact fields, profile and the normalised rows. A
/// newer resume version replaces what the previous one said; skills a recruiter added are kept.
/// </summary>
public sealed class CandidateProfileWriter(SkillTaxonomy taxonomy)
{
    /// <summary>
    /// Replaces the candidate's parsed profile. For an existing candidate the child collections
    /// must be loaded, so the rows of the previous version are deleted.
    /// </summary>
    public void Apply(PortalDbContext db, Candidate candidate, ParsedResume parsed, string? resumeText, DateTime now)
    {
        candidate.FullName = Clip(parsed.FullName, 200);
        candidate.Email = Clip(parsed.Email, 320);
        candidate.Phone = Clip(parsed.Phone, 50);
        candidate.Location = Clip(parsed.Location, 200);
        candidate.LinkedinUrl = Clip(parsed.LinkedinUrl, 500);
        candidate.GithubUrl = Clip(parsed.GithubUrl, 500);
        candidate.Website = Clip(parsed.Website, 500);
        candidate.Summary = parsed.Summary;
        candidate.Title = Clip(parsed.Experience.Select(e => e.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)), 300);
        candidate.Certifications = [.. parsed.Certifications];
        candidate.Languages = [.. parsed.Languages];
        candidate.TotalYearsExperience = parsed.Experience.Count == 0 ? null : ExperienceCalculator.TotalYears(parsed.Experience, DateOnly.FromDateTime(now));
        candidate.UpdatedAt = now;

        db.RemoveRange(candidate.Experience);
        db.RemoveRange(candidate.Education);
        db.RemoveRange(candidate.Projects);
        candidate.Experience = [.. parsed.Experience.Select((e, i) => new CandidateExperience
        {
            TenantId = candidate.TenantId,
            CandidateId = candidate.Id,
            Title = Clip(e.Title, 300),
            Company = Clip(e.Company, 300),
            Location = Clip(e.Location, 200),
            StartDate = Clip(e.StartDate, 7),
            EndDate = Clip(e.EndDate, 7),
            IsCurrent = e.IsCurrent,
            Bullets = [.. e.Bullets],
            SortOrder = i,
        })];
        candidate.Education = [.. parsed.Education.Select((e, i) => new CandidateEducation
        {
            TenantId = candidate.TenantId,
            CandidateId = candidate.Id,
            Institution = Clip(e.Institution, 300),
            Degree = Clip(e.Degree, 300),
            FieldOfStudy = Clip(e.FieldOfStudy, 300),
            StartDate = Clip(e.StartDate, 7),
            EndDate = Clip(e.EndDate, 7),
            Gpa = Clip(e.Gpa, 20),
            SortOrder = i,
        })];
        candidate.Projects = [.. parsed.Projects.Select((p, i) => new CandidateProject
        {
            TenantId = candidate.TenantId,
            CandidateId = candidate.Id,
            Name = Clip(p.Name, 300),
            Description = p.Description,
            Technologies = [.. p.Technologies],
            Url = Clip(p.Url, 500),
            SortOrder = i,
        })];
        ReplaceResumeSkills(db, candidate, parsed.Skills, resumeText);
        TrackNew(db, candidate);
    }

    /// <summary>Sets the recruiter's skill list: canonical names, in the given order.</summary>
    public void SetSkills(PortalDbContext db, Candidate candidate, IEnumerable<string> skills)
    {
        var wanted = Canonical(skills);
        var existing = candidate.Skills.ToDictionary(s => s.SkillName, StringComparer.OrdinalIgnoreCase);
        db.RemoveRange(candidate.Skills.Where(s => !wanted.Contains(s.SkillName, StringComparer.OrdinalIgnoreCase)));
        candidate.Skills = [.. wanted.Select((name, i) =>
        {
            var skill = existing.GetValueOrDefault(name) ?? NewSkill(candidate, name, 1, CandidateSkillSources.Recruiter);
            skill.SortOrder = i;
            return skill;
        })];
        TrackNew(db, candidate);
    }

    /// <summary>Canonical taxonomy names, unknown skills as written, without duplicates.</summary>
    public IReadOnlyList<string> Canonical(IEnumerable<string> skills) =>
        skills.Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => taxonomy.Resolve(s)?.Name ?? s.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private void ReplaceResumeSkills(PortalDbContext db, Candidate candidate, IReadOnlyList<string> parsedSkills, string? resumeText)
    {
        var mentions = taxonomy.FindMentions(resumeText ?? string.Empty)
            .GroupBy(m => m.Skill.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var fromResume = Canonical(parsedSkills);
        var existing = candidate.Skills.ToDictionary(s => s.SkillName, StringComparer.OrdinalIgnoreCase);

        // Rows are reused by name rather than deleted and re-added, which would trip the unique index.
        var skills = new List<CandidateSkill>();
        foreach (var name in fromResume)
        {
            var skill = existing.GetValueOrDefault(name) ?? NewSkill(candidate, name, 1, CandidateSkillSources.Resume);
            skill.Mentions = Math.Max(1, mentions.GetValueOrDefault(name));
            skill.Source = CandidateSkillSources.Resume;
            skills.Add(skill);
        }

        skills.AddRange(candidate.Skills.Where(s => s.Source == CandidateSkillSources.Recruiter && !skills.Contains(s)));
        db.RemoveRange(candidate.Skills.Where(s => !skills.Contains(s)).ToList());
        for (var i = 0; i < skills.Count; i++)
        {
            skills[i].SortOrder = i;
        }

        candidate.Skills = skills;
    }

    /// <summary>
    /// Adds the new rows explicitly: their ids are set on creation, so change detection alone
    /// would take them for existing rows of a tracked candidate and try to update them.
    /// </summary>
    private static void TrackNew(PortalDbContext db, Candidate candidate)
    {
        var rows = candidate.Experience.Cast<object>().Concat(candidate.Education).Concat(candidate.Projects).Concat(candidate.Skills);
        foreach (var row in rows.Where(r => db.Entry(r).State == EntityState.Detached).ToList())
        {
            db.Add(row);
        }
    }

    private CandidateSkill NewSkill(Candidate candidate, string name, int mentions, string source) => new()
    {
        TenantId = candidate.TenantId,
        CandidateId = candidate.Id,
        SkillName = Clip(name, 150)!,
        Category = taxonomy.Resolve(name)?.Category,
        Mentions = mentions,
        Source = source,
    };

    private static string? Clip(string? value, int max)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
