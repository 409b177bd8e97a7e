using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Tests.Unit.Tailoring;

public class ResumeDiffTests
{
    [Fact]
    public void A_reworded_line_highlights_only_the_changed_word()
    {
        var diff = ResumeDiff.Compare("# Ada\n## Summary\nBuilt apps in JS and Go.\n", "# Ada\n## Summary\nBuilt apps in JavaScript and Go.\n");

        var row = Assert.Single(diff.Rows, r => r.Kind != DiffRowKind.Unchanged);
        Assert.Equal(DiffRowKind.Modified, row.Kind);
        Assert.Equal(3, row.Old!.Number);
        Assert.Equal("Built apps in JS and Go.", row.Old.Text);
        Assert.Equal("Built apps in JavaScript and Go.", row.New!.Text);
        Assert.Equal(["JS"], row.Old.Spans.Where(s => s.Changed).Select(s => s.Text.Trim()));
        Assert.Equal(["JavaScript"], row.New.Spans.Where(s => s.Changed).Select(s => s.Text.Trim()));
    }

    [Fact]
    public void Added_and_removed_lines_have_one_side_only()
    {
        var diff = ResumeDiff.Compare("a\nb\nc", "a\nKey skills: Go\nb\n");

        Assert.Contains(diff.Rows, r => r.Kind == DiffRowKind.Inserted && r.Old is null && r.New!.Text == "Key skills: Go");
        Assert.Contains(diff.Rows, r => r.Kind == DiffRowKind.Deleted && r.New is null && r.Old!.Text == "c");
        Assert.Equal(2, diff.ChangedRows);
    }

    [Fact]
    public void Long_unchanged_runs_fold_but_keep_context_next_to_changes()
    {
        var original = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}"));
        var tailored = original.Replace("line 15", "line fifteen", StringComparison.Ordinal);

        var blocks = ResumeDiff.Compare(original, tailored).Blocks(context: 2);

        Assert.Equal(3, blocks.Count);
        Assert.True(blocks[0].Collapsible);
        Assert.Equal(12, blocks[0].Rows.Count);
        Assert.False(blocks[1].Collapsible);
        Assert.Equal(["line 13", "line 14", "line 15", "line 16", "line 17"], blocks[1].Rows.Select(r => r.Old!.Text));
        Assert.True(blocks[2].Collapsible);
        Assert.Equal(30, blocks.Sum(b => b.Rows.Count));
    }

    [Fact]
    public void Identical_texts_have_nothing_changed_and_short_texts_do_not_fold()
    {
        var diff = ResumeDiff.Compare("a\nb\n", "a\nb");

        Assert.Equal(0, diff.ChangedRows);
        Assert.All(diff.Blocks(), b => Assert.False(b.Collapsible && b.Rows.Count < 2));
    }
}
