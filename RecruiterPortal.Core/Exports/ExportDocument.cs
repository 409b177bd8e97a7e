namespace RecruiterPortal.Core.Exports;

/// <summary>What an exporter turns into a file: a title (document metadata, file name) and the resume as Markdown.</summary>
public sealed record ExportDocument(string Title, string Markdown);
