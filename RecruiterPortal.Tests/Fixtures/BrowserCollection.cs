namespace RecruiterPortal.Tests.Fixtures;

/// <summary>Browser tests share one Chromium and run one class at a time (2-core machines).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
