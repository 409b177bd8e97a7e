namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Limits for reading uploaded documents, bound from the <c>Extraction</c> configuration section.
/// Every limit exists because a stranger controls the file: each one caps a way a crafted file
/// could hang a worker or exhaust its memory.
/// </summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>Largest accepted file. The upload layer checks too; this guards direct callers.</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Wall-clock budget for all poppler work on one PDF (pdfinfo and pdftotext together).</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>PDFs with more pages are refused; pdftotext is also told to stop there.</summary>
    public int PdfMaxPages { get; set; } = 50;

    /// <summary>Address-space cap for the poppler child processes.</summary>
    public long PdfMemoryLimitBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Cap on the decompressed size of all parts of a .docx, declared and actually read.</summary>
    public long DocxMaxUncompressedBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Cap on the number of entries in a .docx archive.</summary>
    public int DocxMaxEntries { get; set; } = 1_000;

    /// <summary>Largest uncompressed/compressed ratio accepted for any single .docx entry.</summary>
    public double DocxMaxCompressionRatio { get; set; } = 100;

    /// <summary>Executable name or path of poppler's pdftotext.</summary>
    public string PdfToTextPath { get; set; } = "pdftotext";

    /// <summary>Executable name or path of poppler's pdfinfo.</summary>
    public string PdfInfoPath { get; set; } = "pdfinfo";

    /// <summary>Extracted text is cut to this many characters.</summary>
    public int MaxTextChars { get; set; } = 500_000;
}
