using AngleSharp.Html.Parser;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// Submits a server-rendered form the way a browser does: loads the page, keeps the form's hidden
/// fields (antiforgery token, handler name), fills the given fields and posts to the form's action.
/// </summary>
public static class FormPoster
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        page.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {pageUrl}.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }
}
