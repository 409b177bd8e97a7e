using System.Net;
using System.Text.RegularExpressions;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// Pages take Radzen's material theme from the portal's own assets, built from the package's file
/// with the one selector that made every DOM change re-check styles across the page rewritten.
/// </summary>
public sealed partial class ThemeStylesheetTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task Pages_link_the_derived_theme_and_it_keeps_the_whole_theme_without_the_costly_selector()
    {
        var client = _portal.CreateClient();
        var page = await client.GetStringAsync("/Account/Login");

        Assert.DoesNotContain("_content/Radzen.Blazor/css/", page, StringComparison.Ordinal);
        var href = ThemeLink().Match(page);
        Assert.True(href.Success, "the page links no derived theme stylesheet");

        var response = await client.GetAsync("/" + href.Groups["href"].Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var css = await response.Content.ReadAsStringAsync();
        Assert.True(css.Length > 500_000, $"the theme is {css.Length} characters: not the whole of Radzen's material theme");
        Assert.Contains(".rz-datatable", css, StringComparison.Ordinal);
        Assert.Contains(".rz-datepicker:focus-within", css, StringComparison.Ordinal);
        Assert.DoesNotContain(":has(>.rz-inputtext:not(", css, StringComparison.Ordinal);

        // The theme's fonts (its icons among them) still load from where the package serves them.
        var fonts = FontUrl().Matches(css).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.NotEmpty(fonts);
        var themeFolder = new Uri(client.BaseAddress!, "/" + href.Groups["href"].Value);
        foreach (var font in fonts)
        {
            var fontResponse = await client.GetAsync(new Uri(themeFolder, font));
            Assert.True(fontResponse.StatusCode == HttpStatusCode.OK, $"{font} answered {(int)fontResponse.StatusCode}");
        }
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>assets/css/radzen-material[^"]*\.css)" """)]
    private static partial Regex ThemeLink();

    [GeneratedRegex("""url\("(?<url>[^"]+\.woff2)"\)""")]
    private static partial Regex FontUrl();
}
