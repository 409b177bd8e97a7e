namespace RecruiterPortal.Core.Tailoring.Llm;

/// <summary>A resume's Markdown cut into its head (name and contact) and its <c>## </c> sections, in order.</summary>
internal sealed record MarkdownParts(string Head, IReadOnlyList<(string Name, string Text)> Sections)
{
    public const string HeadName = "Contact";

    public static MarkdownParts Split(string markdown)
    {
        var head = new List<string>();
        var sections = new List<(string Name, List<string> Lines)>();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add((line[3..].Trim(), [line]));
            }
            else if (sections.Count == 0)
            {
                head.Add(line);
            }
            else
            {
                sections[^1].Lines.Add(line);
            }
        }

        return new MarkdownParts(Join(head), sections.Select(s => (s.Name, Join(s.Lines))).ToList());
    }

    public string? Section(string name) =>
        Sections.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Text: { } text } ? text : null;

    /// <summary>This resume with one part's text replaced, keeping the part's own trailing blank line.</summary>
    public MarkdownParts With(string name, string text) => name == HeadName
        ? this with { Head = Spaced(text, Head) }
        : this with { Sections = Sections.Select(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase) ? (s.Name, Spaced(text, s.Text)) : s).ToList() };

    /// <summary>The Markdown again; a split and render round-trips exactly.</summary>
    public string Render() => string.Join("\n", new[] { Head }.Concat(Sections.Select(s => s.Text)));

    /// <summary>Equal but for blank lines and trailing spaces, which carry no content.</summary>
    public static bool Same(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));

    private static string Spaced(string text, string replaced) =>
        text.TrimEnd('\n') + (replaced.EndsWith('\n') ? "\n" : "");

    private static string Join(List<string> lines) => string.Join('\n', lines);
}
