using System.Globalization;
using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>The recruiter-facing messages for every refusal, kept together so they read alike.</summary>
internal static class ExtractionFailures
{
    public const string NotSupportedMessage = "This file is not a PDF, Word (.docx) or text document.";

    public static Result<ExtractedDocument> Empty() =>
        Fail("This file is empty.", ExtractionErrorCodes.Empty);

    public static Result<ExtractedDocument> TooLarge(long maxBytes) =>
        Fail($"This file is larger than the {Megabytes(maxBytes)} MB limit.", ExtractionErrorCodes.TooLarge);

    public static Result<ExtractedDocument> Unsupported(string? detail = null) =>
        Fail(detail is null ? NotSupportedMessage : $"{NotSupportedMessage} {detail}", ExtractionErrorCodes.UnsupportedType);

    public static Result<ExtractedDocument> LegacyDoc() =>
        Fail("This is an older Word (.doc) file, which can't be read. Save it as .docx or PDF and upload it again.",
            ExtractionErrorCodes.LegacyDoc);

    public static Result<ExtractedDocument> EncryptedPdf() =>
        Fail("This PDF is password-protected. Remove the password and upload it again.", ExtractionErrorCodes.Encrypted);

    public static Result<ExtractedDocument> EncryptedOffice() =>
        Fail("This Word document is password-protected. Remove the password and upload it again.", ExtractionErrorCodes.Encrypted);

    public static Result<ExtractedDocument> TooManyPages(int pages, int maxPages) =>
        Fail($"This PDF has {pages.ToString(CultureInfo.InvariantCulture)} pages; the limit is {maxPages.ToString(CultureInfo.InvariantCulture)}. Upload a shorter document.",
            ExtractionErrorCodes.TooManyPages);

    public static Result<ExtractedDocument> CorruptPdf() =>
        Fail("This PDF is damaged or not a valid PDF and can't be read. Try saving or exporting it again.", ExtractionErrorCodes.Corrupt);

    public static Result<ExtractedDocument> CorruptDocx() =>
        Fail("This Word document is damaged and can't be read. Try saving it again as .docx or PDF.", ExtractionErrorCodes.Corrupt);

    public static Result<ExtractedDocument> Timeout() =>
        Fail("This PDF took too long to read. Try a simpler PDF or a Word (.docx) version.", ExtractionErrorCodes.Timeout);

    public static Result<ExtractedDocument> ScannedPdf() =>
        Fail("This PDF is a scanned image with no text layer; upload a text PDF or DOCX.", ExtractionErrorCodes.ScannedPdf);

    public static Result<ExtractedDocument> UnsafeArchive(string reason) =>
        Fail($"This Word document can't be read safely: {reason}.", ExtractionErrorCodes.UnsafeArchive);

    public static Result<ExtractedDocument> UnsafeDocument() =>
        Fail("This Word document contains a document type declaration (DTD), which is not allowed. Save it again from Word and upload it.",
            ExtractionErrorCodes.UnsafeDocument);

    public static Result<ExtractedDocument> NoText() =>
        Fail("This document contains no text.", ExtractionErrorCodes.NoText);

    public static Result<ExtractedDocument> PdfUnavailable() =>
        Fail("PDF reading is unavailable right now. Please try again later or upload a Word (.docx) version.",
            ExtractionErrorCodes.Unavailable);

    public static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture);

    private static Result<ExtractedDocument> Fail(string message, string code) => Result<ExtractedDocument>.Fail(message, code);
}
