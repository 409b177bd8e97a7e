namespace RecruiterPortal.Core.Parsing;

/// <summary>
/// Undoes two-column layouts. <c>pdftotext -layout</c> prints both columns on the same lines with
/// a run of spaces between them; reading those lines left to right interleaves a sidebar with the
/// main column. When a page has a consistent gutter, its left column is returned before its right.
/// </summary>
internal static class ColumnSplitter
{
    private const int MinGap = 3;
    private const int MinColumnWidth = 12;
    private const double MinGutterCoverage = 0.9;
    private const int MaxLayoutWidth = 400;

    /// <summary>
    /// Splits text into blocks that read top to bottom: one block per column of a two-column page,
    /// one block for everything else.
    /// </summary>
    public static List<List<string>> Split(string text)
    {
        var blocks = new List<List<string>>();
        var single = new List<string>();
        foreach (var page in text.Split('\f'))
        {
            var lines = page.Split('\n');
            var gutter = FindGutter(lines);
            if (gutter < 0)
            {
                single.AddRange(lines);
                continue;
            }

            if (single.Count > 0)
            {
                blocks.Add(single);
                single = [];
            }

            var (left, right) = SplitAt(lines, gutter);
            blocks.Add(left);
            blocks.Add(right);
        }

        if (single.Count > 0 || blocks.Count == 0)
        {
            blocks.Add(single);
        }

        return blocks;
    }

    /// <summary>The column where the right column starts, or -1 when the page is one column.</summary>
    internal static int FindGutter(IReadOnlyList<string> lines)
    {
        var content = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (content.Count < 6)
        {
            return -1;
        }

        var width = content.Max(l => l.Length);
        if (width > MaxLayoutWidth)
        {
            return -1;
        }

        var first = content.Select(l => l.Length - l.TrimStart().Length).ToArray();
        var last = content.Select(l => l.TrimEnd().Length - 1).ToArray();
        var best = -1;
        var bestBoth = 0;
        for (var p = MinColumnWidth; p < width - MinColumnWidth; p++)
        {
            int clear = 0, both = 0, rightOnly = 0, leftOnly = 0;
            for (var i = 0; i < content.Count; i++)
            {
                if (!IsGapAt(content[i], p))
                {
                    continue;
                }

                clear++;
                var hasLeft = first[i] < p;
                var hasRight = last[i] >= p;
                both += hasLeft && hasRight ? 1 : 0;
                rightOnly += !hasLeft && hasRight ? 1 : 0;
                leftOnly += hasLeft && !hasRight ? 1 : 0;
            }

            var isColumnLayout = clear >= content.Count * MinGutterCoverage
                && both >= Math.Max(3, content.Count / 5)
                && rightOnly + leftOnly >= content.Count / 10
                && rightOnly >= 2;
            if (isColumnLayout && both > bestBoth && !RightSideIsMostlyDates(content, p))
            {
                best = p;
                bestBoth = both;
            }
        }

        return best;
    }

    private static (List<string> Left, List<string> Right) SplitAt(string[] lines, int gutter)
    {
        var left = new List<string>();
        var right = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length <= gutter || !IsGapAt(line, gutter))
            {
                // Short lines belong to the left column; a line that crosses the gutter (a
                // full-width name or banner) is kept whole with the left column, which reads first.
                left.Add(line.TrimEnd());
                continue;
            }

            left.Add(line[..gutter].TrimEnd());
            right.Add(line[gutter..].TrimEnd());
        }

        return (left, right);
    }

    private static bool IsGapAt(string line, int p)
    {
        // A gap means at least MinGap spaces covering p-1..p+MinGap-2, with the line's end counting as space.
        for (var i = p - 1; i < p - 1 + MinGap; i++)
        {
            if (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One-column resumes often right-align dates ("Engineer ....... 2019 – 2021"); that gutter is
    /// not a second column, and neither is a right edge that also carries locations.
    /// </summary>
    private static bool RightSideIsMostlyDates(List<string> content, int p)
    {
        var rightParts = content.Where(l => l.Length > p && IsGapAt(l, p)).Select(l => l[p..].Trim()).Where(r => r.Length > 0).ToList();
        return rightParts.Count(r => DateRangeParser.Contains(r, allowSingle: true)) >= rightParts.Count * 0.35;
    }
}
