using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.Settings;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen.Blazor;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>Deleting a theory of change on the settings page, on a real database: after the confirmation it is gone, and the audit log says so.</summary>
public sealed class TheoryOfChangeSectionTests : ComponentTestContext
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    public TheoryOfChangeSectionTests()
    {
        SignInAsAdministrator("anna");
        var store = new TheoryOfChangeStore(_install.Database, _install.Clock);
        var audit = new AuditLog(_install.Database, _install.Clock);
        Services.AddSingleton(store);
        Services.AddSingleton(audit);
        Services.AddSingleton(new TheoryOfChangeService(store, new Owners(_install.Database), audit));
        Services.AddScoped<CurrentActor>();
    }

    [Fact]
    public void Deleting_is_audited_as_saving_is()
    {
        var practices = new SnapshotCache(_install.Database).Get().Practices;
        var restaurant = practices.Single(p => p.Path == "AAN/REST");
        new TheoryOfChangeStore(_install.Database, _install.Clock).Save(
            new PracticeTheoryOfChange(restaurant.Id, "Mensen leren een vak in keuken en bediening.", [], [], [], [], [], ""));
        var page = Render(builder =>
        {
            builder.OpenComponent<RadzenDialog>(0);
            builder.CloseComponent();
            builder.OpenComponent<TheoryOfChangeSection>(1);
            builder.AddComponentParameter(2, nameof(TheoryOfChangeSection.Practices), practices);
            builder.AddComponentParameter(3, nameof(TheoryOfChangeSection.InitialPractice), "AAN/REST");
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.Contains("Mensen leren een vak", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        page.FindAll("button").Single(b => b.TextContent.Trim().EndsWith("Verwijderen", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("verwijderen?", page.Find(".rz-dialog").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        page.Find(".rz-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Verwijderen").Click();

        var log = Services.GetRequiredService<AuditLog>();
        page.WaitForAssertion(() => Assert.NotEmpty(log.Read(new AuditQuery { Action = AuditAction.Veranderingstheorie })), TimeSpan.FromSeconds(10));
        var entry = Assert.Single(log.Read(new AuditQuery { Action = AuditAction.Veranderingstheorie }));
        Assert.Equal(("anna", "AAN/REST", "verwijderd"), (entry.UserName, entry.Subject, entry.Outcome));
        Assert.Null(new TheoryOfChangeStore(_install.Database, _install.Clock).Get(restaurant.Id));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _install.Dispose();
    }
}
