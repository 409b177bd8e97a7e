using System.Net;
using System.Security.Cryptography;
using System.Text;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// A resume as one standalone HTML document: the Markdown rendered with raw HTML disabled, an
/// embedded print stylesheet, and a Content-Security-Policy that allows that stylesheet (by its
/// hash) and nothing else: no scripts, no remote resources, no forms.
/// </summary>
public static class ResumeHtmlDocument
{
    public static string Render(ExportDocument document, bool letter)
    {
        var css = ResumeStylesheet.For(letter);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        var policy = $"default-src 'none'; style-src 'sha256-{hash}'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(policy).Append("\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"RecruiterPortal\">\n");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(document.Title)).Append("</title>\n");
        sb.Append("<style>").Append(css).Append("</style>\n");
        sb.Append("</head>\n<body>\n<main class=\"resume\">\n");
        sb.Append(ResumeMarkdown.ToHtml(document.Markdown));
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
