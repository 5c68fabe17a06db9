using Dashboard.Cli;
using Dashboard.Data.Sector;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>`deelname aan|uit --org naam` (docs/sector.md#deelname): both ways, audited as the command line; an unknown organisation or wrong usage changes nothing.</summary>
public sealed class ParticipationCommandTests
{
    private static (int Exit, string Output, string Error) Run(TestInstallation install, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var database = install.Database.Provider == DatabaseProvider.Sqlite ? install.Database.Path : install.Database.ConnectionString;
        var exit = CommandLine.Run([.. args, "--db", database], output, error, install.Clock);
        return (exit, output.ToString().Trim(), error.ToString().Trim());
    }

    private static bool TakesPart(TestInstallation install, string name) =>
        new SectorStore(install.Database).Organisation(name)!.TakesPart;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Switches_taking_part_on_and_off_by_name_in_any_case_audited_as_the_command_line(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var on = Run(install, "deelname", "aan", "--org", "kringloop zwolle");
        var again = Run(install, "deelname", "aan", "--org", StandardStores.Zwolle);
        Assert.True(TakesPart(install, StandardStores.Zwolle));
        var off = Run(install, "deelname", "uit", "--org", StandardStores.Zwolle);

        Assert.Equal((0, "Kringloop Zwolle doet nu mee met de sector: de sectorvergelijking en de lijst van goede praktijken."), (on.Exit, on.Output));
        Assert.Equal((0, "Kringloop Zwolle deed al mee met de sector; er is niets veranderd."), (again.Exit, again.Output));
        Assert.Equal((0, "Kringloop Zwolle doet niet meer mee met de sector."), (off.Exit, off.Output));
        Assert.False(TakesPart(install, StandardStores.Zwolle));
        Assert.Equal(
            [
                "(opdrachtregel)|deelname aan de sector · Kringloop Zwolle: uit → aan|gelukt",
                "(opdrachtregel)|deelname aan de sector · Kringloop Zwolle: aan → uit|gelukt",
            ],
            install.Lines("SELECT user_name, subject, outcome FROM audit_log ORDER BY id"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_organisation_is_refused_with_exit_1_and_nothing_changes(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var before = install.Snapshot();

        var refused = Run(install, "deelname", "aan", "--org", "Kringloop Nergens");

        Assert.Equal((1, "", "Er is geen organisatie met de naam 'Kringloop Nergens'. Er is niets veranderd."), refused);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [InlineData("deelname", "--org", "Kringloop Zwolle")]
    [InlineData("deelname", "ja", "--org", "Kringloop Zwolle")]
    [InlineData("deelname", "aan")]
    [InlineData("deelname", "aan", "uit", "--org", "Kringloop Zwolle")]
    public void Wrong_usage_exits_2_with_the_usage(params string[] args)
    {
        using var install = new TestInstallation().WithStandardStores();

        var (exit, _, error) = Run(install, args);

        Assert.Equal(2, exit);
        Assert.StartsWith("deelname heeft", error, StringComparison.Ordinal);
        Assert.Contains("deelname <aan|uit> --org <naam>", error, StringComparison.Ordinal);
        Assert.False(TakesPart(install, StandardStores.Zwolle));
    }
}
