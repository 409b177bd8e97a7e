using Microsoft.Playwright;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace RecruiterPortal.Tests.E2E;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class UploadBrowserTests(BrowserFixture browser) : LivePortalTest(browser, "Harbour Recruiting")
{
    private static readonly string Resumes = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes");
    private readonly TempFolder _files = new("rp-upload");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task A_recruiter_uploads_a_mixed_batch_watches_it_finish_and_corrects_a_candidate()
    {
        var pdf = Path.Combine(Resumes, "03_sales_pdf_chrome.pdf");
        var docx = Path.Combine(Resumes, "02_nurse_docx.docx");
        var txt = Path.Combine(Resumes, "01_software_txt_caps.txt");
        var duplicate = Path.Combine(_files.Path, "software-copy.txt");
        File.Copy(txt, duplicate);
        var corrupt = Path.Combine(_files.Path, "broken.pdf");
        await File.WriteAllTextAsync(corrupt, "%PDF-1.7\nthis is not really a PDF\n%%EOF");

        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Recruiter), TestTenants.Password);
        await page.WaitForInteractivityAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Upload resumes" }).ClickAsync();
        await page.Locator("[data-testid=file-drop] input[type=file]").SetInputFilesAsync([pdf, docx, txt, duplicate, corrupt]);

        // Rows appear at once and fill in as the workers report, without reloading the page.
        var rows = page.Locator("[data-testid=upload-rows] tbody tr");
        await Expect(rows).ToHaveCountAsync(5, new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("finished-count")).ToHaveTextAsync("5", new() { Timeout = 60_000 });
        await page.ScreenshotAsync("upload");

        await Expect(RowOf(page, "03_sales_pdf_chrome.pdf")).ToContainTextAsync("New candidate");
        await Expect(RowOf(page, "02_nurse_docx.docx")).ToContainTextAsync("New candidate");
        await Expect(RowOf(page, "broken.pdf")).ToContainTextAsync("Failed");
        var txtRows = page.Locator("[data-testid=upload-rows] tbody tr").Filter(new() { HasText = "software" });
        await Expect(txtRows.Filter(new() { HasText = "New candidate" })).ToHaveCountAsync(1);
        await Expect(txtRows.Filter(new() { HasText = "Already uploaded" })).ToHaveCountAsync(1);

        await RowOf(page, "02_nurse_docx.docx").GetByTestId("candidate-link").ClickAsync();
        await Expect(page.GetByTestId("candidate-name")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Location").FillAsync("Bergen, Norway");
        await page.GetByTestId("save-candidate").ClickAsync();
        await Expect(page.GetByText("The candidate's profile was updated.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("candidate");

        await page.ReloadAsync();
        await page.WaitForInteractivityAsync();
        await Expect(page.GetByLabel("Location")).ToHaveValueAsync("Bergen, Norway");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Candidates" }).ClickAsync();
        await Expect(page.Locator("[data-testid=candidate-grid] tbody tr")).ToHaveCountAsync(3);
        await page.ScreenshotAsync("candidates");
    }

    [Fact]
    public async Task A_viewer_cannot_upload()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Tenant.EmailOf(PortalRoles.Viewer), TestTenants.Password);
        await page.WaitForInteractivityAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Upload resumes" })).ToHaveCountAsync(0);
        await page.GotoAsync("resumes/upload");
        await Expect(page.GetByText("Your role does not allow this page")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("file-drop")).ToHaveCountAsync(0);
    }

    private static ILocator RowOf(IPage page, string fileName) =>
        page.Locator("[data-testid=upload-rows] tbody tr").Filter(new() { HasText = fileName });
}
