namespace RecruiterPortal.Tests.Fixtures;

/// <summary>One file of a <see cref="ResumeCorpus"/> batch.</summary>
/// <param name="FileName">Unique within the batch, keeping the fixture's extension.</param>
/// <param name="Content">The bytes to upload; no two files of a batch share them.</param>
/// <param name="Format"><c>pdf</c>, <c>docx</c>, <c>txt</c> or <c>md</c>.</param>
/// <param name="Person">Files with the same key describe the same person (a PDF uploaded again).</param>
/// <param name="Email">The person's email as written in the file, lower-cased.</param>
public sealed record CorpusFile(string FileName, byte[] Content, string Format, string Person, string? Email);
