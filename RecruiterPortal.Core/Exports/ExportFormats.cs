namespace RecruiterPortal.Core.Exports;

/// <summary>The export formats, by the name used in URLs (<c>?format=pdf</c>).</summary>
public static class ExportFormats
{
    public const string Pdf = "pdf";
    public const string Docx = "docx";
    public const string Markdown = "md";
    public const string Html = "html";

    public static IReadOnlyList<string> All { get; } = [Pdf, Docx, Markdown, Html];

    /// <summary>The canonical name of a requested format, or null when it is not one of <see cref="All"/>.</summary>
    public static string? Normalize(string? format)
    {
        var trimmed = format?.Trim().ToLowerInvariant();
        return trimmed switch
        {
            "markdown" => Markdown,
            "word" => Docx,
            _ => All.FirstOrDefault(f => f == trimmed),
        };
    }
}
