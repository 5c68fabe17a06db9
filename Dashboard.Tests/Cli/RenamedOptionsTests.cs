using Dashboard.Cli;
using Dashboard.Data.Imports;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>
/// The filter options and dimensions are Dutch like the pages' URL parameters; a scheduled job that still writes the old
/// English spelling gets the same standard output, byte for byte, and a hint on standard error only.
/// </summary>
public sealed class RenamedOptionsTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly TemporaryFolder _folder = new();

    public RenamedOptionsTests()
    {
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, "winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort;vloeroppervlak_m2
            Kringloop Aan de Maas;AAN;Aan de Maas;WINKEL;Winkelvloer;winkel;1.000
            Kringloop Aan de Maas;AAN;Aan de Maas;REST;Restaurant De Pan;horeca;1.000
            """));
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, "deelnemers.csv", """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom;ladder_start;ladder_eind
            A1;AAN;REST;arbeidsbeperking;werkervaring;01-01-2024;;20;;;
            A2;AAN;REST;zonder_werk;leerwerk;01-03-2025;31-08-2025;32;betaald_werk;3;5
            A1;AAN;WINKEL;arbeidsbeperking;vrijwilliger;01-02-2025;;8;;;
            """));
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "verkopen.csv", """
            datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties
            15-01-2025;AAN;WINKEL;meubels;1.000,00;10;;40
            16-04-2025;AAN;REST;horeca;250,50;;;
            """));
    }

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. args, "--db", _install.Database.Path], output, error, _install.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--from 2025-01-01 --to 2025-12-31", "--van 2025-01-01 --tot 2025-12-31", "--from heet nu --van.|--to heet nu --tot.")]
    [InlineData("--store AAN", "--winkel AAN", "--store heet nu --winkel.")]
    [InlineData("--kind horeca", "--soort horeca", "--kind heet nu --soort.")]
    [InlineData("--practice AAN/REST", "--praktijk AAN/REST", "--practice heet nu --praktijk.")]
    [InlineData("--by store", "--by winkel", "--by store heet nu --by winkel.")]
    [InlineData("--by practice", "--by praktijk", "--by practice heet nu --by praktijk.")]
    [InlineData("--by kind", "--by soort", "--by kind heet nu --by soort.")]
    [InlineData("--by month", "--by maand", "--by month heet nu --by maand.")]
    [InlineData("--by Quarter", "--by kwartaal", "--by Quarter heet nu --by kwartaal.")]
    [InlineData("--by year", "--by jaar", "--by year heet nu --by jaar.")]
    public void An_old_spelling_of_indicators_gives_the_same_output_and_a_hint_on_standard_error(string old, string current, string hints)
    {
        var before = Run(["indicators", .. old.Split(' '), "--exact"]);
        var now = Run(["indicators", .. current.Split(' '), "--exact"]);

        Assert.Equal(0, before.Exit);
        Assert.Equal(0, now.Exit);
        Assert.Contains("\nP1;", now.Output);
        Assert.Equal(now.Output, before.Output);
        Assert.Equal("", now.Error);
        Assert.Equal(hints.Split('|'), before.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_old_spelling_of_export_writes_the_same_file_and_the_same_output()
    {
        var (oldFile, newFile) = (_folder.Sub("oud.csv"), _folder.Sub("nieuw.csv"));

        var before = Run("export", "csv", "--view", "praktijk", "--kind", "horeca", "--from", "2025-01-01", "--to", "2025-12-31", "--out", oldFile);
        var now = Run("export", "csv", "--view", "praktijk", "--soort", "horeca", "--van", "2025-01-01", "--tot", "2025-12-31", "--out", newFile);

        Assert.Equal(0, now.Exit);
        Assert.Equal(now.Output, before.Output.Replace(oldFile, newFile, StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(newFile), File.ReadAllBytes(oldFile));
        Assert.Equal("", now.Error);
        Assert.Contains("--kind heet nu --soort.", before.Error);
    }

    [Fact]
    public void A_message_about_an_option_names_it_as_the_user_wrote_it()
    {
        Assert.Contains("Geef --from en --to samen", Run("indicators", "--from", "2025-01-01").Error);
        Assert.Contains("Geef --van en --tot samen", Run("indicators", "--van", "2025-01-01").Error);
    }

    [Fact]
    public void The_usage_text_shows_only_the_new_names()
    {
        Assert.Contains("--van <datum> --tot <datum>", CommandLine.Usage);
        Assert.Contains("certificaatsoort, maand, kwartaal, jaar", CommandLine.Usage);
        Assert.DoesNotContain("--store", CommandLine.Usage);
        Assert.DoesNotContain("--kind", CommandLine.Usage);
    }

    public void Dispose()
    {
        _install.Dispose();
        _folder.Dispose();
    }
}
