namespace RecruiterPortal.Core.Extraction;

/// <summary>The text of an uploaded document, with the format it was read as.</summary>
/// <param name="Text">Plain text; for PDFs as <c>pdftotext -layout</c> lays it out.</param>
/// <param name="Format"><c>pdf</c>, <c>docx</c>, <c>txt</c> or <c>md</c>.</param>
/// <param name="PageCount">Pages, where the format has them.</param>
public sealed record ExtractedDocument(string Text, string Format, int? PageCount);
