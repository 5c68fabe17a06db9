namespace Dashboard.Tests.Browser;

/// <summary>A page of the app: the name its screenshots carry and its path.</summary>
public sealed record AppPage(string Name, string Path);

/// <summary>
/// Every page the app has. The accessibility and screenshot tests run over this list, so a new page
/// (goede-praktijk, vergelijken, instellingen) is one line here.
/// </summary>
public static class AppPages
{
    public static readonly AppPage[] All =
    [
        new("overzicht", "/"),
        new("goede-praktijk", "/goede-praktijk?soort=horeca"),
        new("vergelijken", "/vergelijken?soort=horeca&indicator=P4R&weergave=afgeschermd"),
        new("sector", "/sector?org=Stichting%20Tweede%20Ronde&indicator=P1"),
        new("praktijken", "/praktijken"),
        new("importeren", "/importeren"),
        new("instellingen", "/instellingen"),
        new("waardekaart", "/instellingen?tab=waardekaart"),
        new("sector-instellingen", "/instellingen?tab=sector"),
        new("gegevens", "/gegevens"),
        new("gebruikers", "/gebruikers"),
        new("auditlog", "/auditlog"),
        new("gedeeld", "/gedeeld"),
    ];

    /// <summary>The pages with export menus on their chart cards and tables.</summary>
    public static IEnumerable<AppPage> WithExports => All.Where(p => p.Name is "overzicht" or "goede-praktijk" or "vergelijken");

    public static AppPage Named(string name) => All.Single(p => p.Name == name);

    public static TheoryData<string> Names => new(All.Select(p => p.Name));
}
