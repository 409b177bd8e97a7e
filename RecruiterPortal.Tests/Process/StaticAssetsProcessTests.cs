using System.Net;
using System.Text.RegularExpressions;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>
/// The portal as scripts/run.sh starts it (build output, Production environment) serves every script and
/// stylesheet its pages reference — including the component library's, which only development hosting
/// serves from their package folder unless the portal asks for it.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Category", "Process")]
public sealed partial class StaticAssetsProcessTests
{
    [Fact]
    public async Task Every_asset_the_sign_in_page_references_is_served_in_production()
    {
        using var root = new TempFolder("rp-assets");
        using var portal = PortalProcess.Start("portal (assets)", new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = Path.Combine(root.Path, "data"),
            ["Demo:Enabled"] = "true",
        }, root.Path);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };

        var page = await http.GetStringAsync("Account/Login");
        var assets = AssetReference().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.Contains("Radzen.Blazor", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await http.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {(int)response.StatusCode}.\n{portal.Tail()}");
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+\\.(?:js|css)[^\"]*)\"")]
    private static partial Regex AssetReference();
}
