using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Bulk;

/// <summary>A file format a tailored resume can be exported in (Markdown here; PDF and DOCX plug in the same way).</summary>
public interface ITailoredResumeFormat
{
    /// <summary>The <c>format</c> query value, e.g. <c>md</c>.</summary>
    string Format { get; }

    string Extension { get; }

    string ContentType { get; }

    Task<byte[]> RenderAsync(TailoredResume tailoring, CancellationToken cancellationToken = default);
}

/// <summary>The tailored resume as the recruiter approved it (declined changes undone), as Markdown.</summary>
public sealed class MarkdownTailoredResumeFormat : ITailoredResumeFormat
{
    public string Format => "md";

    public string Extension => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public Task<byte[]> RenderAsync(TailoredResume tailoring, CancellationToken cancellationToken = default) =>
        Task.FromResult(System.Text.Encoding.UTF8.GetBytes(tailoring.FinalMarkdown ?? tailoring.TailoredMarkdown ?? ""));
}
