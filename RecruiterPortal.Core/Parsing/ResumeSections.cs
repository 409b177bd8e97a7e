namespace RecruiterPortal.Core.Parsing;

/// <summary>A resume's lines grouped by the section they fall under.</summary>
internal sealed class ResumeSections
{
    private readonly Dictionary<SectionKind, List<string>> _lines = [];

    private ResumeSections()
    {
    }

    /// <summary>Lines before any heading, per block: where the name and contact details sit.</summary>
    public List<List<string>> HeaderBlocks { get; } = [];

    public IReadOnlyList<string> this[SectionKind kind] => _lines.TryGetValue(kind, out var lines) ? lines : [];

    /// <summary>Groups the lines of each block under the headings they follow.</summary>
    public static ResumeSections Build(IEnumerable<IEnumerable<string>> blocks)
    {
        var sections = new ResumeSections();
        foreach (var block in blocks)
        {
            // Each column starts afresh: a sidebar's last section does not run into the main column.
            var current = SectionKind.Header;
            var header = new List<string>();
            sections.HeaderBlocks.Add(header);
            foreach (var raw in block)
            {
                if (SectionHeadings.IsRule(raw))
                {
                    continue;
                }

                if (SectionHeadings.TryMatch(raw, out var kind, out var rest))
                {
                    current = kind;
                    sections.Add(current, "");
                    if (rest.Length > 0)
                    {
                        sections.Add(current, rest);
                    }

                    continue;
                }

                if (current == SectionKind.Header)
                {
                    header.Add(raw.Trim());
                }

                sections.Add(current, raw.TrimEnd());
            }

            sections.Add(current, "");
        }

        return sections;
    }

    private void Add(SectionKind kind, string line)
    {
        if (!_lines.TryGetValue(kind, out var lines))
        {
            lines = [];
            _lines[kind] = lines;
        }

        lines.Add(line);
    }
}
