using System.Text;
using AngleSharp.Html.Parser;
using RecruiterPortal.Core.Exports;

namespace RecruiterPortal.Tests.Unit.Exports;

public sealed class HtmlExporterTests
{
    [Fact]
    public async Task The_html_export_is_a_standalone_document_with_a_script_free_policy_and_every_section()
    {
        var html = Encoding.UTF8.GetString(await new HtmlExporter(ExportSamples.Options()).ExportAsync(ExportSamples.Document()));

        var page = new HtmlParser().ParseDocument(html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal($"{ExportSamples.Name} - Senior Backend Engineer", page.Title);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.NotNull(policy);
        Assert.Contains("script-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]+'", policy);
        Assert.Contains("size:A4", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(ExportSamples.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(ExportSamples.Sections, page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal("payment APIs", page.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("ol > li").Length);
        Assert.Equal("https://github.com/priyaraman/ledgerline", page.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_style_hash_in_the_policy_matches_the_embedded_stylesheet_for_letter_paper()
    {
        var html = Encoding.UTF8.GetString(await new HtmlExporter(ExportSamples.Options("Letter")).ExportAsync(ExportSamples.Document()));

        var page = new HtmlParser().ParseDocument(html);
        var css = page.QuerySelector("style")!.TextContent;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        Assert.Contains($"'sha256-{hash}'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("size:Letter", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_markdown_is_shown_as_text_and_script_links_lose_their_target()
    {
        var html = Encoding.UTF8.GetString(await new HtmlExporter(ExportSamples.Options()).ExportAsync(new ExportDocument("Mallory <script>", ExportSamples.Hostile)));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script, img, iframe, [onerror]"));
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("onerror=\"alert(1)\"", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mallory <script>", page.Title);
        Assert.Equal(["", "https://mallory.example"], page.QuerySelectorAll("li a").Select(a => a.GetAttribute("href") ?? "").Take(2));
    }
}
