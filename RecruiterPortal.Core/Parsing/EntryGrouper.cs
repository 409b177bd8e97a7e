using System.Collections.Frozen;

namespace RecruiterPortal.Core.Parsing;

/// <summary>
/// Cuts a dated section (experience, education, projects) into entries: short header lines with
/// dates, followed by bullets or prose. A header line after details, or a second date range, starts
/// the next entry.
/// </summary>
internal static class EntryGrouper
{
    private const int MaxHeaderWords = 14;
    private const int MaxHeaderLines = 4;

    private static readonly FrozenSet<string> _actionVerbs = FrozenSet.ToFrozenSet(
        [
            "led", "built", "managed", "developed", "designed", "created", "implemented", "improved", "reduced", "increased",
            "drove", "ran", "owned", "wrote", "taught", "trained", "handled", "provided", "performed", "assisted", "supported",
            "maintained", "delivered", "launched", "achieved", "exceeded", "grew", "cut", "mentored", "coordinated",
            "administered", "monitored", "prepared", "processed", "operated", "collaborated", "responsible", "worked",
            "partnered", "negotiated", "closed", "generated", "sold", "migrated", "automated", "shipped", "established",
            "planned", "organized", "oversaw", "supervised", "conducted", "analyzed", "streamlined", "resolved", "served",
            "educated", "documented", "completed", "received", "picked", "loaded", "used", "using", "helped", "cared",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static List<EntryBlock> Group(IEnumerable<string> lines, bool allowSingleDates)
    {
        var source = lines.Where(l => l.Trim().Length > 0).ToList();
        var entries = new List<EntryBlock>();
        if (source.Count == 0)
        {
            return entries;
        }

        // Layout-preserving extraction drops list markers but keeps their indent, and wraps long items.
        var baseIndent = source.Min(Indent);
        var wrapWidth = (int)(source.Max(l => l.TrimEnd().Length) * 0.8);
        EntryBlock? current = null;
        string? previousDetail = null;
        var previousWasLong = false;
        foreach (var raw in source)
        {
            var line = raw.Trim();
            var indented = Indent(raw) >= baseIndent + 2 && !DateRangeParser.Contains(line);
            if (indented && !ResumeText.IsBullet(line) && previousDetail is not null && previousWasLong)
            {
                current!.Details[^1] = current.Details[^1] + " " + line;
                previousDetail = current.Details[^1];
                previousWasLong = raw.TrimEnd().Length >= wrapWidth;
                continue;
            }

            previousWasLong = raw.TrimEnd().Length >= wrapWidth;
            if (ResumeText.IsBullet(line) || IsProse(line) || indented)
            {
                current ??= Start(entries);
                var text = ResumeText.StripBullet(line);
                if (!ResumeText.IsBullet(line) && !indented && previousDetail is not null && IsContinuation(text, previousDetail))
                {
                    current.Details[^1] = current.Details[^1] + " " + text;
                }
                else
                {
                    current.Details.Add(text);
                }

                previousDetail = current.Details[^1];
                continue;
            }

            if (previousDetail is not null && current is not null && IsContinuation(line, previousDetail))
            {
                current.Details[^1] = current.Details[^1] + " " + line;
                previousDetail = current.Details[^1];
                continue;
            }

            var hasDates = DateRangeParser.TryFind(line, allowSingleDates, out var dates, out var at, out var length);
            if (current is not null && current.Details.Count == 0 && hasDates && current.Dates is not null)
            {
                // A second date range before any details. Entries share a layout, so the new entry
                // takes as many of the lines read since the first dates as the first entry had above them.
                var next = new EntryBlock();
                var available = current.HeaderLines.Count - current.HeaderLinesThroughDates;
                var moved = Math.Min(current.HeaderLinesBeforeDates, available);
                next.HeaderLines.AddRange(current.HeaderLines.GetRange(current.HeaderLines.Count - moved, moved));
                current.HeaderLines.RemoveRange(current.HeaderLines.Count - moved, moved);
                entries.Add(next);
                current = next;
            }
            else if (current is null || current.Details.Count > 0 || current.HeaderLines.Count >= MaxHeaderLines)
            {
                current = Start(entries);
            }

            previousDetail = null;
            var datesHere = hasDates && current.Dates is null;
            if (datesHere)
            {
                current.Dates = dates;
                current.HeaderLinesBeforeDates = current.HeaderLines.Count;
                line = (line[..at] + " " + line[(at + length)..]).Trim();
            }

            line = ResumeText.StripMarkup(line).Trim(' ', ',', '|', '-', '–', '—', '(', ')', '•', '·');
            if (line.Length > 0)
            {
                current.HeaderLines.Add(line);
            }

            if (datesHere)
            {
                current.HeaderLinesThroughDates = current.HeaderLines.Count;
            }
        }

        return entries;
    }

    /// <summary>Sentences of description without a bullet marker (lists lose their markers in some extractions).</summary>
    internal static bool IsProse(string line)
    {
        if (DateRangeParser.Contains(line))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxHeaderWords || line.Length > 110)
        {
            return true;
        }

        var first = words[0].Trim(',', '.', ':');
        if (_actionVerbs.Contains(first) || (first.Length > 5 && first.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && words.Length >= 4))
        {
            return true;
        }

        // A full stop after a long last word ends a sentence; "Inc." and "Co." do not.
        return line.EndsWith('.') && words.Length >= 5 && words[^1].TrimEnd('.').Length > 4;
    }

    private static bool IsContinuation(string line, string previous) =>
        line.Length > 0 && (char.IsLower(line[0]) || (previous.Length > 0 && previous[^1] is ',' or '-' or '&' or '(' ) || line[0] is '&' or '(');

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static EntryBlock Start(List<EntryBlock> entries)
    {
        var entry = new EntryBlock();
        entries.Add(entry);
        return entry;
    }
}
