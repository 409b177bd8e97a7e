using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Tests.Unit.Tailoring;

namespace RecruiterPortal.Tests.Unit.CoverLetters;

/// <summary>
/// The built-in composer on every fixture resume and job, in each fixture style: each letter passes
/// the cover-letter guard, names only the resume's employers and skills, and follows the style.
/// </summary>
public sealed class CoverLetterComposerTests
{
    private const string JobCompany = "Northwind Talent";
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.Default;
    private static readonly CoverLetterComposer Composer = new(Taxonomy);
    private static readonly CoverLetterGuard Guard = new(Taxonomy);
    private static readonly WritingStyleExtractor Extractor = new(Taxonomy);

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (resume, job) in TailoringFixtures.Pairs)
        {
            foreach (var letter in new[] { "formal_long.txt", "casual_short.txt", "warm_professional.txt" })
            {
                data.Add(resume, job, letter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_letter_passes_the_guard_and_names_only_what_the_resume_evidences(string resumeFile, string jobName, string sampleFile)
    {
        var resume = TailoringFixtures.Resume(resumeFile);
        var job = TailoringFixtures.Job(jobName);
        var style = Extractor.Extract(WritingStyleExtractorTests.Letter(sampleFile));

        var draft = Composer.Compose(resume, job, JobCompany, style);

        var report = Guard.Verify(draft.ResumeMarkdown, draft.Markdown, job.Title, JobCompany);
        Assert.True(report.Ok, string.Join("\n", report.Violations.Select(v => v.Detail)) + "\n\n" + draft.Markdown);

        var evidenced = Taxonomy.FindMentions(draft.ResumeMarkdown).Select(m => m.Skill.Name).ToHashSet(StringComparer.Ordinal);
        var named = Taxonomy.FindMentions(draft.Markdown.Replace(job.Title, " ", StringComparison.Ordinal)).Select(m => m.Skill.Name).ToList();
        Assert.All(named, s => Assert.Contains(s, evidenced));
        Assert.All(draft.MatchedSkills, s => Assert.Contains(s, evidenced));
        Assert.All(draft.MissingSkills, s => Assert.DoesNotContain(s, named));

        var employers = resume.Experience.Select(e => e.Company).OfType<string>().ToList();
        if (employers.Count > 0)
        {
            Assert.Contains(employers, e => draft.Markdown.Contains(e.Trim(), StringComparison.Ordinal));
        }

        Assert.StartsWith(style.Salutation!, draft.Markdown, StringComparison.Ordinal);
        Assert.Contains(style.Closing!, draft.Markdown, StringComparison.Ordinal);
        Assert.EndsWith((resume.FullName ?? "").Trim() + "\n", draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_style_sets_contractions_sentence_length_transitions_and_phrases()
    {
        var resume = TailoringFixtures.Resume("01_software_txt_caps.txt");
        var job = TailoringFixtures.Job("dotnet-backend");

        var formal = Composer.Compose(resume, job, JobCompany, Extractor.Extract(WritingStyleExtractorTests.Letter("formal_long.txt"))).Markdown;
        var casual = Composer.Compose(resume, job, JobCompany, Extractor.Extract(WritingStyleExtractorTests.Letter("casual_short.txt"))).Markdown;
        var warm = Composer.Compose(resume, job, JobCompany, Extractor.Extract(WritingStyleExtractorTests.Letter("warm_professional.txt"))).Markdown;

        Assert.DoesNotContain("I'm ", formal, StringComparison.Ordinal);
        Assert.Contains("I'm ", casual, StringComparison.Ordinal);
        Assert.Contains("I am writing to apply for", formal, StringComparison.Ordinal);
        Assert.Contains("Furthermore, ", formal, StringComparison.Ordinal);
        Assert.Contains("I look forward to hearing from you.", formal, StringComparison.Ordinal);
        Assert.Contains("Additionally, ", warm, StringComparison.Ordinal);
        Assert.Contains("I am passionate about", warm, StringComparison.Ordinal);
        Assert.True(AverageSentenceWords(formal) > AverageSentenceWords(casual) + 5,
            $"formal {AverageSentenceWords(formal):0.0} vs casual {AverageSentenceWords(casual):0.0} words per sentence");

        // Facts straight from the resume: its employers and its figures, as written.
        Assert.Contains("Brightline Payments", formal, StringComparison.Ordinal);
        Assert.Contains("40%", formal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_flags_an_invented_employer_skill_figure_title_and_email()
    {
        var resume = TailoringFixtures.Resume("01_software_txt_caps.txt");
        var job = TailoringFixtures.Job("dotnet-backend");
        var draft = Composer.Compose(resume, job, JobCompany, null);

        var forged = draft.Markdown.Replace("Thank you", "At Google I ran COBOL batch jobs on 5000 servers as Chief Technology Officer. Write to dan@fabricated.example. Thank you", StringComparison.Ordinal);
        var report = Guard.Verify(draft.ResumeMarkdown, forged, job.Title, JobCompany);

        var found = string.Join("\n", report.Violations.Select(v => $"{v.Type}: {v.Text}"));
        Assert.True(report.Violations.Any(v => v.Type == GuardViolationTypes.NewEmployer && v.Text == "Google"), found);
        Assert.True(report.Violations.Any(v => v.Type == GuardViolationTypes.NewSkill && v.Text == "COBOL"), found);
        Assert.True(report.Violations.Any(v => v.Type == GuardViolationTypes.NewNumber && v.Text == "5000"), found);
        Assert.True(report.Violations.Any(v => v.Type == GuardViolationTypes.NewTitle && v.Text == "Chief Technology Officer"), found);
        Assert.True(report.Violations.Any(v => v.Type == GuardViolationTypes.ContactChanged), found);
        Assert.Equal(5, report.Violations.Count);
        Assert.True(Guard.Verify(draft.ResumeMarkdown, draft.Markdown, job.Title, JobCompany).Ok);
    }

    private static double AverageSentenceWords(string letter)
    {
        var body = letter.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[1..^2];
        var sentences = body.SelectMany(WritingStyleExtractor.Sentences).ToList();
        return (double)sentences.Sum(s => WritingStyleExtractor.Words(s).Count) / sentences.Count;
    }
}
