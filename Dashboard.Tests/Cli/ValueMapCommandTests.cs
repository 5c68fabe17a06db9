using Dashboard.Cli;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `waardekaart export` and `waardekaart import` (docs/maatschappelijke-waarde.md#importeren-en-exporteren): what is
/// exported imports back and is then confirmed; a file with a problem changes nothing and names row and column.
/// </summary>
public class ValueMapCommandTests
{
    private static (int Exit, string Output, string Error) Run(TestInstallation install, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var database = install.Database.Provider == DatabaseProvider.Sqlite ? install.Database.Path : install.Database.ConnectionString;
        var exit = CommandLine.Run([.. args, "--db", database], output, error, install.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_exported_example_imports_back_and_once_its_sources_are_filled_in_is_confirmed_with_a_new_discount_rate(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var file = Path.Combine(install.Folder, "kaart.csv");

        var exported = Run(install, "waardekaart", "export", file);
        var asExample = Run(install, "waardekaart", "import", file);
        File.WriteAllText(file, File.ReadAllText(file).Replace(ExampleValueMap.Marker, "CBS Statline 2025"));
        var imported = Run(install, "waardekaart", "import", file, "--disconteringsvoet", "3,5", "--disconteringsvoet-bron", "Eigen keuze bestuur 2026");

        Assert.Equal((0, $"6 regels van de waardekaart geschreven naar {file} (voorbeeldwaarden: de kaart is nog niet bevestigd).\n"),
            (exported.Exit, exported.Output.ReplaceLineEndings("\n")));
        Assert.Equal(0, asExample.Exit);
        Assert.Contains("De kaart is niet bevestigd: 6 bronnen zijn nog een voorbeeldwaarde.", asExample.Output);
        Assert.Equal(0, imported.Exit);
        Assert.Equal("kaart.csv: waardekaart geïmporteerd — 6 regels, disconteringsvoet 3,5 %. De kaart is bevestigd: geen voorbeeldwaarden meer.",
            imported.Output.Trim());
        var map = new ValueMapStore(install.Database).Load();
        Assert.True(map.IsConfirmed);
        Assert.Equal((3.5m, "Eigen keuze bestuur 2026"), (map.DiscountRatePct, map.DiscountRateSource));
        Assert.All(ExampleValueMap.Map.Rows.Zip(map.Rows), pair =>
            Assert.True(pair.First with { ProxySource = pair.Second.ProxySource } is var row && row.SameAs(pair.Second)));
        Assert.Equal(
            [
                "(opdrachtregel)|waardekaart uit kaart.csv: 6 regels, disconteringsvoet 2,25 %|geïmporteerd, niet bevestigd: er staan nog voorbeeldbronnen in",
                "(opdrachtregel)|waardekaart uit kaart.csv: 6 regels, disconteringsvoet 3,5 %|geïmporteerd en bevestigd",
            ],
            install.Lines("SELECT user_name, subject, outcome FROM audit_log ORDER BY id"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_file_with_a_problem_changes_nothing_and_names_row_and_column(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var file = install.WriteFile("kaart.csv",
            "code;uitkomst;belanghebbende;indicator;proxy_eur;proxy_bron;deadweight_pct;verplaatsing_pct;toerekening_pct;afname_pct;duur_jaren;soorten\n" +
            "WERK;Werk;Gemeente;P2;1000;bron;10;0;0;0;3;\n");

        var (exit, output, error) = Run(install, "waardekaart", "import", file);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("rij 2, kolom indicator: P2 is een output of geld dat al geteld is", error);
        Assert.Same(ExampleValueMap.Map, new ValueMapStore(install.Database).Load());
        Assert.Equal(["waardekaart uit kaart.csv|geweigerd: 1 problemen, niets veranderd"], install.Lines("SELECT subject, outcome FROM audit_log"));
    }

    [Theory]
    [InlineData(new[] { "waardekaart" }, "waardekaart heeft import <bestand> of export <bestand> nodig.")]
    [InlineData(new[] { "waardekaart", "wis", "x.csv" }, "waardekaart heeft import <bestand> of export <bestand> nodig.")]
    [InlineData(new[] { "waardekaart", "import", "bestaat-niet.csv" }, "Bestand niet gevonden of niet leesbaar voor deze gebruiker:")]
    public void Wrong_usage_exits_2(string[] args, string message)
    {
        using var install = new TestInstallation();

        var (exit, _, error) = Run(install, args);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public void A_discount_rate_that_is_no_number_is_wrong_usage_and_one_out_of_range_is_refused()
    {
        using var install = new TestInstallation();
        var file = Path.Combine(install.Folder, "kaart.csv");
        Run(install, "waardekaart", "export", file);

        var text = Run(install, "waardekaart", "import", file, "--disconteringsvoet", "veel", "--disconteringsvoet-bron", "x");
        var tooHigh = Run(install, "waardekaart", "import", file, "--disconteringsvoet", "25", "--disconteringsvoet-bron", "x");
        var withoutSource = Run(install, "waardekaart", "import", file, "--disconteringsvoet", "3");

        Assert.Equal(2, text.Exit);
        Assert.StartsWith("--disconteringsvoet is een percentage, bijvoorbeeld 2,25 (niet 'veel').", text.Error);
        Assert.Equal(1, tooHigh.Exit);
        Assert.Contains("De disconteringsvoet ligt tussen 0 en 20 % per jaar (nu 25).", tooHigh.Error);
        Assert.Equal(2, withoutSource.Exit);
        Assert.StartsWith("--disconteringsvoet en --disconteringsvoet-bron horen bij elkaar", withoutSource.Error);
        Assert.False(new ValueMapStore(install.Database).Load().IsConfirmed);
    }
}
