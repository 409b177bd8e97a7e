using System.ComponentModel.DataAnnotations;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// Resume exports, bound from <c>Export</c>: the paper size of printed formats, and where and how
/// the headless Chromium that prints PDFs runs.
/// </summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary><c>A4</c> or <c>Letter</c>: the page size of the PDF, the DOCX and the HTML's print stylesheet.</summary>
    [Required]
    [RegularExpression("^(A4|Letter)$", ErrorMessage = "Export:PaperSize must be A4 or Letter.")]
    public string PaperSize { get; set; } = "A4";

    /// <summary>The Chromium executable that prints PDFs (Debian's package by default; never a downloaded one).</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one PDF may take, browser start included.</summary>
    [Range(1, 600)]
    public int PdfTimeoutSeconds { get; set; } = 30;

    /// <summary>How many PDFs print at once; the rest wait their turn.</summary>
    [Range(1, 32)]
    public int MaxConcurrentPdfs { get; set; } = 2;

    public bool IsLetter => string.Equals(PaperSize, "Letter", StringComparison.OrdinalIgnoreCase);
}
