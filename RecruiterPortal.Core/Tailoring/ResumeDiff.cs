using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>How a row of a line diff changed.</summary>
public enum DiffRowKind
{
    Unchanged,
    Modified,
    Deleted,
    Inserted,
}

/// <summary>A run of text within a line; <see cref="Changed"/> marks the words that differ from the other side.</summary>
public sealed record DiffSpan(string Text, bool Changed);

/// <summary>One side of a diff row: its line number in that version and its text in spans.</summary>
public sealed record DiffLine(int Number, IReadOnlyList<DiffSpan> Spans)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>A row of a side-by-side diff: the original line (null when the line is new) and the tailored one (null when removed).</summary>
public sealed record DiffRow(DiffRowKind Kind, DiffLine? Old, DiffLine? New);

/// <summary>Consecutive rows shown or folded together; only long runs of unchanged lines fold.</summary>
public sealed record DiffBlock(bool Collapsible, IReadOnlyList<DiffRow> Rows);

/// <summary>
/// A line diff of two versions of a resume with word-level highlights on changed lines, the form
/// the result page shows side by side or inline. Built on DiffPlex's side-by-side model.
/// </summary>
public sealed class ResumeDiff
{
    // Words split on spaces and punctuation, so "JS," → "JavaScript," highlights just the word.
    private static readonly char[] WordSeparators = [' ', '\t', '.', ',', ';', ':', '(', ')', '|', '!', '?', '"'];

    private ResumeDiff(IReadOnlyList<DiffRow> rows) => Rows = rows;

    public IReadOnlyList<DiffRow> Rows { get; }

    public int ChangedRows => Rows.Count(r => r.Kind != DiffRowKind.Unchanged);

    public static ResumeDiff Compare(string original, string tailored)
    {
        var model = new SideBySideDiffBuilder(new Differ(), WordSeparators).BuildDiffModel(Normalise(original), Normalise(tailored));
        var rows = new List<DiffRow>(model.OldText.Lines.Count);
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            var old = model.OldText.Lines[i];
            var @new = model.NewText.Lines[i];
            var kind = (old.Type, @new.Type) switch
            {
                (ChangeType.Unchanged, _) => DiffRowKind.Unchanged,
                (ChangeType.Imaginary, _) => DiffRowKind.Inserted,
                (_, ChangeType.Imaginary) => DiffRowKind.Deleted,
                _ => DiffRowKind.Modified,
            };
            rows.Add(new DiffRow(kind, Line(old, kind), Line(@new, kind)));
        }

        return new ResumeDiff(rows);
    }

    /// <summary>
    /// Groups rows so that runs of unchanged lines longer than twice <paramref name="context"/>
    /// fold, keeping <paramref name="context"/> lines visible next to each change.
    /// </summary>
    public IReadOnlyList<DiffBlock> Blocks(int context = 2)
    {
        var blocks = new List<DiffBlock>();
        var shown = new List<DiffRow>();
        var i = 0;
        while (i < Rows.Count)
        {
            if (Rows[i].Kind != DiffRowKind.Unchanged)
            {
                shown.Add(Rows[i++]);
                continue;
            }

            var end = i;
            while (end < Rows.Count && Rows[end].Kind == DiffRowKind.Unchanged)
            {
                end++;
            }

            var lead = i == 0 ? 0 : context;
            var tail = end == Rows.Count ? 0 : context;
            if (end - i <= lead + tail + 1)
            {
                shown.AddRange(Rows.Skip(i).Take(end - i));
            }
            else
            {
                shown.AddRange(Rows.Skip(i).Take(lead));
                if (shown.Count > 0)
                {
                    blocks.Add(new DiffBlock(false, shown));
                    shown = [];
                }

                blocks.Add(new DiffBlock(true, Rows.Skip(i + lead).Take(end - i - lead - tail).ToList()));
                shown.AddRange(Rows.Skip(end - tail).Take(tail));
            }

            i = end;
        }

        if (shown.Count > 0)
        {
            blocks.Add(new DiffBlock(false, shown));
        }

        return blocks;
    }

    private static DiffLine? Line(DiffPiece piece, DiffRowKind kind)
    {
        if (piece.Type == ChangeType.Imaginary || piece.Position is not { } number)
        {
            return null;
        }

        if (kind != DiffRowKind.Modified || piece.SubPieces.Count == 0)
        {
            return new DiffLine(number, [new DiffSpan(piece.Text ?? "", kind != DiffRowKind.Unchanged)]);
        }

        var spans = new List<DiffSpan>();
        foreach (var sub in piece.SubPieces.Where(s => s.Type != ChangeType.Imaginary && !string.IsNullOrEmpty(s.Text)))
        {
            var changed = sub.Type != ChangeType.Unchanged;
            if (spans.Count > 0 && spans[^1].Changed == changed)
            {
                spans[^1] = spans[^1] with { Text = spans[^1].Text + sub.Text };
            }
            else
            {
                spans.Add(new DiffSpan(sub.Text, changed));
            }
        }

        return new DiffLine(number, spans);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
