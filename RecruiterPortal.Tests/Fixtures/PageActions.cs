using Microsoft.Playwright;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>Steps a person takes in the portal, written once for every browser test.</summary>
public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 20_000 });
    }

    /// <summary>Waits until Blazor's circuit is up, so clicks reach the server.</summary>
    public static async Task WaitForInteractivityAsync(this IPage page) =>
        await page.WaitForSelectorAsync("body[data-interactive=true]");

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
