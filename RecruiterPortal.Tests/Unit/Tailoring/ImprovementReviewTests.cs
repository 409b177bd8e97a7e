using RecruiterPortal.Core.Skills;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Tests.Unit.Tailoring;

public class ImprovementReviewTests
{
    private readonly BuiltInTailoringEngine _engine = new(SkillTaxonomy.Default, TailoringFixtures.AsOf);
    private readonly TailoringGuard _guard = new(SkillTaxonomy.Default);

    [Fact]
    public void Declining_every_change_gives_back_the_original_resume()
    {
        foreach (var (file, jobName) in TailoringFixtures.Pairs)
        {
            var result = Tailor(file, jobName);
            var kept = Kept(result);
            Assert.NotEmpty(kept);

            var outcome = ImprovementReview.Apply(result.TailoredMarkdown, kept, Enumerable.Range(0, kept.Count));

            Assert.Empty(outcome.NotUndone);
            Assert.Equal(result.OriginalMarkdown, outcome.Markdown);
        }
    }

    [Fact]
    public void Declining_nothing_keeps_the_tailored_resume_as_it_is()
    {
        var result = Tailor("01_software_txt_caps.txt", "devops-engineer");

        var outcome = ImprovementReview.Apply(result.TailoredMarkdown, Kept(result), []);

        Assert.Same(result.TailoredMarkdown, outcome.Markdown);
    }

    [Fact]
    public void Each_change_declined_alone_undoes_only_that_change_and_passes_the_guard()
    {
        foreach (var (file, jobName) in TailoringFixtures.Pairs)
        {
            var result = Tailor(file, jobName);
            var kept = Kept(result);
            for (var i = 0; i < kept.Count; i++)
            {
                var outcome = ImprovementReview.Apply(result.TailoredMarkdown, kept, [i]);
                var change = kept[i];

                Assert.True(_guard.Verify(result.OriginalMarkdown, outcome.Markdown).Ok, $"{file} #{i}");
                if (outcome.NotUndone.ContainsKey(i))
                {
                    continue;
                }

                Assert.NotEqual(result.TailoredMarkdown, outcome.Markdown);
                var document = ResumeMarkdown.Parse(outcome.Markdown);
                switch (change.Type)
                {
                    case ImprovementTypes.KeySkills:
                        Assert.Empty(document.KeySkills);
                        Assert.DoesNotContain("Key skills:", outcome.Markdown, StringComparison.Ordinal);
                        break;
                    case ImprovementTypes.Summary:
                        Assert.Equal(change.Before, document.Resume.Summary ?? "");
                        break;
                    case ImprovementTypes.Wording:
                        Assert.Contains(change.Before, outcome.Markdown, StringComparison.Ordinal);
                        break;
                }
            }
        }
    }

    [Fact]
    public void A_declined_reordering_puts_the_list_back_in_its_original_order()
    {
        var (result, index) = TailoringFixtures.Pairs
            .Select(p => Tailor(p.Resume, p.Job))
            .Select(r => (r, Kept(r).FindIndex(i => i.Type == ImprovementTypes.Reordered)))
            .First(x => x.Item2 >= 0);
        var change = Kept(result)[index];

        var outcome = ImprovementReview.Apply(result.TailoredMarkdown, Kept(result), [index]);

        Assert.Empty(outcome.NotUndone);
        var resume = ResumeMarkdown.ToResume(outcome.Markdown);
        var lists = new List<IEnumerable<string>> { resume.Skills, resume.Projects.Select(p => p.Name ?? "") };
        lists.AddRange(resume.Experience.Select(e => e.Bullets));
        Assert.Contains(lists, l => l.SequenceEqual(change.Before.Split(" | ")));
        Assert.DoesNotContain(lists, l => l.SequenceEqual(change.After.Split(" | ")));
    }

    [Fact]
    public void A_change_whose_text_was_rewritten_later_is_reported_instead_of_half_undone()
    {
        var markdown = "# Ada Lovelace\nada@example.com\n\n## Summary\nEngineer using JavaScript daily.\n";
        var changes = new List<TailoringImprovement>
        {
            new("Summary", ImprovementTypes.Summary, "Opened the summary", "Engineer.", "Engineer using JS daily."),
        };

        var outcome = ImprovementReview.Apply(markdown, changes, [0]);

        Assert.Equal(markdown, outcome.Markdown);
        Assert.Contains(0, outcome.NotUndone.Keys);
    }

    private TailoringResult Tailor(string file, string jobName) =>
        _engine.Tailor(TailoringFixtures.Resume(file), null, TailoringFixtures.Job(jobName), new TailorOptions());

    private static List<TailoringImprovement> Kept(TailoringResult result) =>
        result.Improvements.Where(i => i.Type is not (ImprovementTypes.Rejected or ImprovementTypes.Reverted)).ToList();
}
