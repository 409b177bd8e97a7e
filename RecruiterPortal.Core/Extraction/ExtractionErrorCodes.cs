namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// The <see cref="Common.Result{T}.Code"/> values the document text extractor returns, so callers
/// can react to a reason without matching on message text.
/// </summary>
public static class ExtractionErrorCodes
{
    public const string Empty = "empty";
    public const string TooLarge = "too_large";
    public const string UnsupportedType = "unsupported_type";
    public const string LegacyDoc = "legacy_doc";
    public const string Encrypted = "encrypted";
    public const string TooManyPages = "too_many_pages";
    public const string Corrupt = "corrupt";
    public const string Timeout = "timeout";
    public const string ScannedPdf = "scanned_pdf";
    public const string UnsafeArchive = "unsafe_archive";
    public const string UnsafeDocument = "unsafe_document";
    public const string NoText = "no_text";
    public const string Unavailable = "unavailable";
}
