namespace Dashboard.Tests.Browser;

/// <summary>Every browser test class joins this collection, so the suite starts the app and Chromium once.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
