using Bunit;
using Dashboard.Access;
using Dashboard.Cli;
using Dashboard.Components.Pages.LoadedData;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Tests.Components;
using Dashboard.Tests.Imports.Privacy;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Radzen.Blazor;

namespace Dashboard.Tests.LoadedData;

/// <summary>
/// Erasing a participant on the loaded-data page, on a real database, as a director: the same audit line as the
/// command line's erasure of the same participant, but for who did it.
/// </summary>
public sealed class ErasureSectionTests : ComponentTestContext
{
    private readonly TestInstallation _web = new();
    private readonly TestInstallation _cli = new();

    public ErasureSectionTests()
    {
        ErasureSector.Import(_web);
        ErasureSector.Import(_cli);
        var audit = new AuditLog(_web.Database, _web.Clock);
        Services.AddSingleton(audit);
        Services.AddSingleton(new ErasureService(new ParticipantErasure(_web.Database, _web.KeyFile, new SnapshotCache(_web.Database)), audit));
        Services.AddScoped<CurrentActor>();
        SignInAs(new UserAccount(7, "piet", "Piet", Role.Directie,
            AccessScope.Of([_web.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'")]), "", false, false, false));
    }

    private static object What(AuditEntry entry) =>
        (entry.Action, entry.Wording?.Key, string.Join("; ", entry.Parameters!.Select(p => $"{p.Key}={p.Value}")), entry.Subject, entry.Outcome);

    [Theory]
    [InlineData(ErasureSector.Erased)]
    [InlineData("B-999")]
    public void The_page_leaves_the_line_the_command_line_leaves(string code)
    {
        var page = Render(builder =>
        {
            builder.OpenComponent<RadzenDialog>(0);
            builder.CloseComponent();
            builder.OpenComponent<ErasureSection>(1);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[name='erasure-code']")), TimeSpan.FromSeconds(10));
        page.Find("input[name='erasure-code']").Input(code);
        page.Find("form.erasure-fields").Submit();
        if (code == ErasureSector.Erased)
        {
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".rz-dialog")), TimeSpan.FromSeconds(10));
            page.Find(".rz-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Definitief wissen").Click();
        }
        var log = new AuditLog(_web.Database, _web.Clock);
        page.WaitForAssertion(() => Assert.NotEmpty(log.Read(new AuditQuery { Action = AuditAction.Wissen })), TimeSpan.FromSeconds(10));
        CommandLine.Run(["erase", "--org", StandardStores.AanDeMaas, "--participant", code, "--db", _cli.Database.Path], new StringWriter(), new StringWriter(), _cli.Clock);

        var web = Assert.Single(log.Read(new AuditQuery { Action = AuditAction.Wissen }));
        var cli = Assert.Single(new AuditLog(_cli.Database, _cli.Clock).Read(new AuditQuery { Action = AuditAction.Wissen }));
        Assert.Equal(What(cli), What(web));
        Assert.Equal(("piet", Actor.CommandLineName), (web.UserName, cli.UserName));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _web.Dispose();
        _cli.Dispose();
    }
}
